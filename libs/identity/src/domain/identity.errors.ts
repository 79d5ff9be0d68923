/** A refused change to a member of staff's access, with a stable code for the CLI and HTTP. */
export class IdentityError extends Error {
  constructor(
    readonly code: IdentityErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type IdentityErrorCode =
  | 'USER.INVALID_NAME'
  | 'USER.ALREADY_EXISTS'
  | 'USER.NOT_FOUND'
  | 'USER.REVOKED'
  | 'USER.NO_ROLE'
  | 'USER.UNKNOWN_ROLE'
  | 'USER.UNKNOWN_CLEARANCE'
  | 'USER.ROLE_ALREADY_GRANTED'
  | 'USER.ROLE_NOT_GRANTED'
  | 'USER.LAST_ROLE'
  | 'USER.CLEARANCE_UNCHANGED'
  | 'USER.INVALID_DESK'
  | 'USER.ALREADY_ON_DESK'
  | 'USER.NOT_ON_DESK'
  | 'TOKEN.INVALID_TTL'
  | 'TOKEN.NOT_FOUND';
