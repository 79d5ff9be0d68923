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

/** The role matrix, named once so every controller grants the same thing (see the README table). */
/** Record and correct visits, meetings, pledges, follow-ups, statements, indicators. */
export const Recorders = () => Roles('recorder');
/** Read one record as it stands (a recorder needs its revision to correct it). */
export const RecordReaders = () => Roles('recorder', 'analyst', 'auditor');
/** Read models, reports and exports. */
export const Analysts = () => Roles('analyst', 'auditor');
/** The audit trail and its verification. */
export const Auditors = () => Roles('auditor');
/** Staff and projection rebuilds: what a route with no roles gets anyway, said out loud. */
export const Admins = () => Roles('admin');
