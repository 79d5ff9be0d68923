import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@chancery/identity';
import { REQUIRED_ROLES } from './auth.decorators';
import { isPublic } from './authentication.guard';
import './request-user';

/** Default deny: a route that names no roles is for admins only, so nothing is open by omission. */
export const DEFAULT_ROLES: Role[] = ['admin'];

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublic(this.reflector, context)) return true;
    const required = requiredRoles(this.reflector, context);
    const user = context.switchToHttp().getRequest<FastifyRequest>().user;
    if (!user) throw new UnauthorizedException();
    if (user.roles.some((role) => required.includes(role))) return true;
    throw new ForbiddenException({
      statusCode: 403,
      code: 'AUTH.FORBIDDEN',
      message: `This needs one of the roles: ${required.join(', ')}`,
    });
  }
}

export function requiredRoles(reflector: Reflector, context: ExecutionContext): Role[] {
  return (
    reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]) ?? DEFAULT_ROLES
  );
}
