import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { IdentityModule } from '@chancery/identity';
import {
  AUTH_FAILURE_POLICY,
  AuthFailureLimiter,
  authFailurePolicyFromEnv,
} from './auth-failure-limiter';
import { AuthenticationGuard } from './authentication.guard';
import { RightsChangedInterceptor } from './rights-changed.interceptor';
import { RolesGuard } from './roles.guard';
import { StaffController } from './staff.controller';
import { UsersController } from './users.controller';
import { WhoAmIController } from './whoami.controller';

/** Authentication then authorisation on every route, in that order (guards run as registered). */
@Module({
  imports: [IdentityModule],
  controllers: [UsersController, WhoAmIController, StaffController],
  providers: [
    { provide: AUTH_FAILURE_POLICY, useFactory: () => authFailurePolicyFromEnv() },
    { provide: ThrottlerStorage, useClass: ThrottlerStorageService },
    AuthFailureLimiter,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_INTERCEPTOR, useClass: RightsChangedInterceptor },
  ],
  exports: [IdentityModule],
})
export class AuthModule {}
