import type { AuthenticatedUser } from '@chancery/identity';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication guard on every non-public route. */
    user?: AuthenticatedUser;
  }
}

export type { AuthenticatedUser };
