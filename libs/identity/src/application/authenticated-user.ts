import type { Clearance } from '../domain/clearance';
import type { Role } from '../domain/roles';

/** Who is calling, as the guards put it on `request.user`. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
  clearance: Clearance;
  /** The desks (teams) they work on. */
  desks: string[];
  /** The token that was presented, so it can be revoked on its own. */
  tokenId: string;
  /** The revision of the user's stream these rights were read at (see `rightsStillStand`). */
  revision: number;
}
