import type { Projection } from '@chancery/projections';
import { dossiersProjection } from './dossiers/dossiers.projection';
import { followUpsProjection } from './follow-ups/follow-ups.projection';
import { partnershipsProjection } from './partnerships/partnerships.projection';
import { pledgesProjection } from './pledges/pledges.projection';
import { searchProjection } from './search/search.projection';
import { timelineProjection } from './timeline/timeline.projection';

export {
  dossiersProjection,
  followUpsProjection,
  partnershipsProjection,
  pledgesProjection,
  searchProjection,
  timelineProjection,
};
export { titleAt, type PositionRow } from './shared/registry';
export { partyKey } from './shared/records';
export { searchTerms, startingWith } from './search/search-terms';
export { SEARCH_KINDS, type SearchKind } from './search/search-documents';
export { TopicNames } from './shared/topic-names';
export { overlapping, dateColumns, OPEN_END, OPEN_START } from './timeline/date-columns';
export { sortedPair } from './partnerships/partnerships.projection';

/** Every read model the API serves, in the order the status page lists them. */
export const READ_MODEL_PROJECTIONS: Projection[] = [
  partnershipsProjection,
  followUpsProjection,
  pledgesProjection,
  timelineProjection,
  dossiersProjection,
  searchProjection,
];
