import { sourceStream } from '@chancery/diplomacy';
import type { Reference } from '@chancery/event-sourcing';

/** The sources a pledge's record or lifecycle event cites must be on record. */
export function sourceReferences(sourceIds: readonly string[] = [], prefix = ''): Reference[] {
  return sourceIds.map((id, i) => ({
    field: `${prefix}sourceIds[${i}]`,
    streamId: sourceStream(id),
  }));
}
