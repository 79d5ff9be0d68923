import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { canSee, CLASSIFICATIONS, type Classification } from '@chancery/identity';
import '../../auth/request-user';

/** The classifications someone with this clearance may see: the filter every read-model query applies. */
export function levelsVisibleTo(user: { clearance: Classification }): Classification[] {
  return CLASSIFICATIONS.filter((level) => canSee(user, level));
}

/**
 * `@VisibleLevels() levels: Classification[]` in a query controller: what the caller is cleared
 * for. A query reached without an authenticated user sees nothing rather than everything.
 */
export const VisibleLevels = createParamDecorator(
  (_: unknown, context: ExecutionContext): Classification[] => {
    const user = context.switchToHttp().getRequest<FastifyRequest>().user;
    if (!user) throw new UnauthorizedException();
    return levelsVisibleTo(user);
  },
);

/** A `where` fragment keeping only the rows the caller may see. */
export const visibleTo = (levels: readonly Classification[]) => ({
  classification: { in: [...levels] },
});
