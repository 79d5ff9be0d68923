import type { AppendCondition } from '@chancery/event-store';
import type { UserEventType } from '../domain/user.events';
import type { AuthenticatedUser } from './authenticated-user';
import { userStream } from './user-streams';

/** The user events that take rights away; a grant or a new token leaves a write's rights standing. */
export const RIGHTS_REDUCING_EVENTS: readonly UserEventType[] = [
  'UserRevoked',
  'ApiTokenRevoked',
  'UserRoleRevoked',
  'UserClearanceChanged',
];

/**
 * The condition a write appends under: the acting user's rights, as they were when the request
 * was authenticated, still stand when it commits. So a revocation that commits first (the CLI's,
 * say) refuses every write still in flight with the old rights, however far along it is.
 */
export function rightsStillStand(user: AuthenticatedUser): AppendCondition {
  return {
    streamId: userStream(user.id),
    revision: user.revision,
    types: RIGHTS_REDUCING_EVENTS,
  };
}
