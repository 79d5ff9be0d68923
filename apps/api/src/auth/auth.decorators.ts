import { SetMetadata } from '@nestjs/common';
import type { Role } from '@chancery/identity';

export const IS_PUBLIC = 'chancery:public';
export const REQUIRED_ROLES = 'chancery:roles';

/** Opens a route (or a whole controller) to anyone, without a token: health checks only. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * Who may call a route: any one of these roles. On a controller it is the default for its routes;
 * on a route it replaces the controller's. A route with no roles at all is admin-only.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(REQUIRED_ROLES, roles);
