import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Clearance } from '@chancery/identity';
import '../../auth/request-user';

/** Who is reading: their clearance decides which records exist for them. */
export interface Viewer {
  clearance: Clearance;
}

/** `@ViewerOf() viewer: Viewer` in a GET controller; a read reached without a user is refused. */
export const ViewerOf = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  const user = context.switchToHttp().getRequest<FastifyRequest>().user;
  if (!user) throw new UnauthorizedException();
  return user;
});
