import type { Clearance } from './clearance';
import type { Role } from './roles';
import type { UserEvent } from './user.events';

export interface ApiTokenRecord {
  tokenId: string;
  tokenHash: string;
  expiresAt: string;
}

export type User =
  | { status: 'unregistered' }
  | {
      status: 'active' | 'revoked';
      id: string;
      roles: Role[];
      clearance: Clearance;
      /** The desks they work on, in the order they joined them. */
      desks: string[];
      /** Live (unrevoked) tokens; expired ones stay until revoked but no longer authenticate. */
      tokens: ApiTokenRecord[];
    };

export type RegisteredUser = Exclude<User, { status: 'unregistered' }>;

export const initialUser = (): User => ({ status: 'unregistered' });

export function evolve(state: User, event: UserEvent): User {
  if (event.type === 'UserRegistered') {
    const { userId, roles, clearance } = event.data;
    return { status: 'active', id: userId, roles: [...roles], clearance, desks: [], tokens: [] };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'UserRoleGranted':
      return { ...state, roles: [...state.roles, event.data.role] };
    case 'UserRoleRevoked':
      return { ...state, roles: state.roles.filter((role) => role !== event.data.role) };
    case 'UserClearanceChanged':
      return { ...state, clearance: event.data.to };
    case 'UserJoinedDesk':
      return { ...state, desks: [...state.desks, event.data.desk] };
    case 'UserLeftDesk':
      return { ...state, desks: state.desks.filter((desk) => desk !== event.data.desk) };
    case 'UserRevoked':
      return { ...state, status: 'revoked', tokens: [] };
    case 'ApiTokenIssued': {
      const { tokenId, tokenHash, expiresAt } = event.data;
      return { ...state, tokens: [...state.tokens, { tokenId, tokenHash, expiresAt }] };
    }
    case 'ApiTokenRevoked':
      return {
        ...state,
        tokens: state.tokens.filter((token) => token.tokenId !== event.data.tokenId),
      };
  }
}

export const foldUser = (events: Iterable<UserEvent>): User => {
  let state = initialUser();
  for (const event of events) state = evolve(state, event);
  return state;
};
