import type { Projection } from '@chancery/projections';
import { partyStreamsProjection } from './party-streams/party-streams.projection';

/** The audit's own projections, run by an engine of their own in DATA_DIR/audit-index.sqlite. */
export const AUDIT_PROJECTIONS: Projection[] = [partyStreamsProjection];
export const AUDIT_INDEX_FILE = 'audit-index.sqlite';
