import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AuthenticationResult,
  Authenticator,
  DirectoryFollower,
  isWellFormedToken,
} from '@chancery/identity';
import { IS_PUBLIC } from './auth.decorators';
import { AuthFailureLimiter } from './auth-failure-limiter';
import { bearerToken, challenge } from './bearer-token';
import './request-user';

/** Every route needs a valid bearer token unless it is marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly users: DirectoryFollower,
    private readonly limiter: AuthFailureLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublic(this.reflector, context)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const presented = bearerToken(request.headers.authorization);
    // Judged on every user change committed before the request came in, whichever process made it.
    if (presented && presented !== 'unparsable' && isWellFormedToken(presented))
      await this.users.upToDate();
    const result: AuthenticationResult =
      presented === 'unparsable'
        ? { ok: false, reason: 'malformed' }
        : this.authenticator.authenticate(presented ?? undefined);
    if (result.ok) {
      request.user = result.user;
      return true;
    }
    const reply = http.getResponse<FastifyReply>();
    if (result.reason !== 'missing') {
      const retryAfter = await this.limiter.recordFailure(request.ip);
      if (retryAfter !== null) {
        void reply.header('Retry-After', String(retryAfter));
        throw new HttpException(
          {
            statusCode: 429,
            code: 'AUTH.TOO_MANY_FAILURES',
            message: 'Too many failed authentications from this address',
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
    void reply.header('WWW-Authenticate', challenge(result.reason));
    throw new UnauthorizedException({
      statusCode: 401,
      code: `AUTH.TOKEN_${result.reason.toUpperCase()}`,
      message:
        result.reason === 'missing'
          ? 'A bearer token is required'
          : `The bearer token is ${result.reason}`,
    });
  }
}

export function isPublic(reflector: Reflector, context: ExecutionContext): boolean {
  return (
    reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ===
    true
  );
}
