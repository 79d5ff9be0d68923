import { Clearance, isClassification } from './clearance';
import { validDesk } from './desk';
import { IdentityError } from './identity.errors';
import { isRole, Role } from './roles';
import type { RegisteredUser, User } from './user';
import type { UserEvent } from './user.events';

/** Lower-case, starts with a letter: it becomes the stream name and the actor id in every event. */
const USER_NAME = /^[a-z][a-z0-9._-]{1,62}$/;

export function registerUser(
  state: User,
  command: { userId: string; roles: string[]; clearance: string },
): UserEvent[] {
  if (!USER_NAME.test(command.userId)) {
    throw new IdentityError(
      'USER.INVALID_NAME',
      `"${command.userId}" is not a valid user name (a-z, 0-9, . _ -)`,
    );
  }
  if (state.status !== 'unregistered') {
    throw new IdentityError('USER.ALREADY_EXISTS', `user ${command.userId} already exists`);
  }
  const roles = validRoles(command.roles);
  const clearance = validClearance(command.clearance);
  return [{ type: 'UserRegistered', data: { userId: command.userId, roles, clearance } }];
}

export function grantRole(state: User, command: { role: string }): UserEvent[] {
  const user = activeUser(state);
  const [role] = validRoles([command.role]);
  if (user.roles.includes(role)) {
    throw new IdentityError('USER.ROLE_ALREADY_GRANTED', `${user.id} already holds ${role}`);
  }
  return [{ type: 'UserRoleGranted', data: { userId: user.id, role } }];
}

export function revokeRole(state: User, command: { role: string }): UserEvent[] {
  const user = activeUser(state);
  const [role] = validRoles([command.role]);
  if (!user.roles.includes(role))
    throw new IdentityError('USER.ROLE_NOT_GRANTED', `${user.id} does not hold ${role}`);
  if (user.roles.length === 1) {
    throw new IdentityError(
      'USER.LAST_ROLE',
      `${role} is ${user.id}'s only role: revoke the user instead`,
    );
  }
  return [{ type: 'UserRoleRevoked', data: { userId: user.id, role } }];
}

export function changeClearance(state: User, command: { clearance: string }): UserEvent[] {
  const user = activeUser(state);
  const to = validClearance(command.clearance);
  if (user.clearance === to)
    throw new IdentityError('USER.CLEARANCE_UNCHANGED', `${user.id} is already cleared ${to}`);
  return [{ type: 'UserClearanceChanged', data: { userId: user.id, from: user.clearance, to } }];
}

export function joinDesk(state: User, command: { desk: string }): UserEvent[] {
  const user = activeUser(state);
  const desk = validDesk(command.desk);
  if (user.desks.includes(desk))
    throw new IdentityError('USER.ALREADY_ON_DESK', `${user.id} is already on the ${desk} desk`);
  return [{ type: 'UserJoinedDesk', data: { userId: user.id, desk } }];
}

export function leaveDesk(state: User, command: { desk: string }): UserEvent[] {
  const user = activeUser(state);
  const desk = validDesk(command.desk);
  if (!user.desks.includes(desk))
    throw new IdentityError('USER.NOT_ON_DESK', `${user.id} is not on the ${desk} desk`);
  return [{ type: 'UserLeftDesk', data: { userId: user.id, desk } }];
}

/** Revoking a user ends every token they hold at once; the record of who they were stays. */
export function revokeUser(state: User): UserEvent[] {
  const user = activeUser(state);
  return [{ type: 'UserRevoked', data: { userId: user.id } }];
}

export function issueToken(
  state: User,
  command: { tokenId: string; tokenHash: string; expiresAt: Date },
  now: Date,
): UserEvent[] {
  const user = activeUser(state);
  if (command.expiresAt.getTime() <= now.getTime()) {
    throw new IdentityError('TOKEN.INVALID_TTL', 'a token must expire in the future');
  }
  const { tokenId, tokenHash } = command;
  return [
    {
      type: 'ApiTokenIssued',
      data: { userId: user.id, tokenId, tokenHash, expiresAt: command.expiresAt.toISOString() },
    },
  ];
}

export function revokeToken(state: User, command: { tokenId: string }): UserEvent[] {
  const user = activeUser(state);
  if (!user.tokens.some((token) => token.tokenId === command.tokenId)) {
    throw new IdentityError('TOKEN.NOT_FOUND', `${user.id} holds no live token ${command.tokenId}`);
  }
  return [{ type: 'ApiTokenRevoked', data: { userId: user.id, tokenId: command.tokenId } }];
}

function activeUser(state: User): RegisteredUser {
  if (state.status === 'unregistered') throw new IdentityError('USER.NOT_FOUND', 'no such user');
  if (state.status === 'revoked')
    throw new IdentityError('USER.REVOKED', `user ${state.id} has been revoked`);
  return state;
}

function validRoles(roles: string[]): Role[] {
  if (roles.length === 0) throw new IdentityError('USER.NO_ROLE', 'a user needs at least one role');
  const unknown = roles.find((role) => !isRole(role));
  if (unknown !== undefined)
    throw new IdentityError('USER.UNKNOWN_ROLE', `unknown role "${unknown}"`);
  return [...new Set(roles as Role[])];
}

function validClearance(clearance: string): Clearance {
  if (!isClassification(clearance)) {
    throw new IdentityError(
      'USER.UNKNOWN_CLEARANCE',
      `unknown clearance "${clearance}" (public, internal, confidential)`,
    );
  }
  return clearance;
}
