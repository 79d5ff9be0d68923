import { Injectable } from '@nestjs/common';
import { WrongExpectedVersionError } from '@chancery/event-store';
import { IdentityError } from '../domain/identity.errors';
import { IssuedToken, UserAdministration } from './user-administration';
import { UserDirectory } from './user-directory';

export const FIRST_ADMIN = 'admin';
export const FIRST_RUN_ACTOR = 'system:first-run';

/** On a store with no users at all, someone must be able to get in: an admin is created once. */
@Injectable()
export class FirstAdmin {
  constructor(
    private readonly directory: UserDirectory,
    private readonly users: UserAdministration,
  ) {}

  /** The new admin's token, or null when users already exist (or another instance won the race). */
  async ensure(): Promise<IssuedToken | null> {
    if (!this.directory.isEmpty) return null;
    try {
      return await this.users.register(
        { name: FIRST_ADMIN, roles: ['admin'], clearance: 'confidential' },
        FIRST_RUN_ACTOR,
      );
    } catch (error) {
      // Another instance on the same store won the race: it created the admin before our read
      // (it already exists) or between our read and our append (the append conflicts).
      if (error instanceof WrongExpectedVersionError) return null;
      if (error instanceof IdentityError && error.code === 'USER.ALREADY_EXISTS') return null;
      throw error;
    }
  }
}
