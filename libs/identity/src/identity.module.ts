import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '@chancery/common';
import { Authenticator } from './application/authenticator';
import {
  AUTH_STALENESS_MS,
  authStalenessFromEnv,
  DirectoryFollower,
} from './application/directory-follower';
import { cryptoEntropy, ENTROPY } from './application/entropy';
import { FirstAdmin } from './application/first-admin';
import { UserAdministration } from './application/user-administration';
import { UserDirectory } from './application/user-directory';

/** Users, roles and tokens on the EventStore port (which the importing app provides). */
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: ENTROPY, useValue: cryptoEntropy },
    { provide: UserDirectory, useFactory: () => new UserDirectory() },
    { provide: AUTH_STALENESS_MS, useFactory: () => authStalenessFromEnv() },
    DirectoryFollower,
    UserAdministration,
    Authenticator,
    FirstAdmin,
  ],
  exports: [UserDirectory, DirectoryFollower, UserAdministration, Authenticator, FirstAdmin],
})
export class IdentityModule {}
