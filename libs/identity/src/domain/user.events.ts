import type { Clearance } from './clearance';
import type { Role } from './roles';

/** Every change to a member of staff's access is one of these, appended to `user-<name>`. */
export type UserEvent =
  | { type: 'UserRegistered'; data: { userId: string; roles: Role[]; clearance: Clearance } }
  | { type: 'UserRoleGranted'; data: { userId: string; role: Role } }
  | { type: 'UserRoleRevoked'; data: { userId: string; role: Role } }
  | { type: 'UserClearanceChanged'; data: { userId: string; from: Clearance; to: Clearance } }
  | { type: 'UserRevoked'; data: { userId: string } }
  /** Desks (teams) a member of staff works on: "my team's" follow-ups are their desks'. */
  | { type: 'UserJoinedDesk'; data: { userId: string; desk: string } }
  | { type: 'UserLeftDesk'; data: { userId: string; desk: string } }
  /** Only the SHA-256 of the token is recorded; the token itself is shown once and never stored. */
  | {
      type: 'ApiTokenIssued';
      data: { userId: string; tokenId: string; tokenHash: string; expiresAt: string };
    }
  | { type: 'ApiTokenRevoked'; data: { userId: string; tokenId: string } };

export type UserEventType = UserEvent['type'];

export const USER_EVENT_TYPES: readonly UserEventType[] = [
  'UserRegistered',
  'UserRoleGranted',
  'UserRoleRevoked',
  'UserClearanceChanged',
  'UserRevoked',
  'UserJoinedDesk',
  'UserLeftDesk',
  'ApiTokenIssued',
  'ApiTokenRevoked',
];

/** Events read back from a store are plain JSON; this recognises ours and ignores the rest. */
export function asUserEvent(event: { type: string; data: unknown }): UserEvent | null {
  return (USER_EVENT_TYPES as readonly string[]).includes(event.type) ? (event as UserEvent) : null;
}
