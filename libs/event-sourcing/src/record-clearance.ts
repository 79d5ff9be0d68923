import { DomainError, parseStreamId } from '@chancery/diplomacy';
import { canSee, classificationOf, type Classification, type Clearance } from '@chancery/identity';

type EventData = { data: unknown };

/** A record is classified when it is recorded, and again by any correction that changes it. */
function classificationSetBy(event: EventData): unknown {
  const data = event.data as {
    classification?: unknown;
    changes?: { classification?: unknown };
  } | null;
  return data?.changes?.classification ?? data?.classification;
}

/** Whether an event changes (or sets) the classification of its record. */
export const reclassifies = (event: EventData): boolean => classificationSetBy(event) !== undefined;

/**
 * The classification a diplomatic record's events give it, read as the read side reads it (one
 * missing counts as confidential); null for a stream outside the record (a user, the vocabulary),
 * which clearance does not hide.
 */
export function classificationOfStream(
  streamId: string,
  events: readonly EventData[],
): Classification | null {
  if (!parseStreamId(streamId)) return null;
  let found: unknown;
  for (const event of events) found = classificationSetBy(event) ?? found;
  return classificationOf(found);
}

export function isVisibleTo(
  user: { clearance: Clearance },
  classification: Classification | null,
): boolean {
  return classification === null || canSee(user, classification);
}

/** The acting user asked to classify a record above their own clearance. */
export class ClassificationAboveClearanceError extends DomainError {
  constructor(classification: string, clearance: Clearance) {
    super(
      'RECORD.CLASSIFICATION_ABOVE_CLEARANCE',
      `classification: ${classification} is above your clearance (${clearance})`,
      { field: 'classification', classification, clearance },
    );
  }
}

/** Refuses events that would classify their record above the acting user's clearance. */
export function requireClearanceFor(events: readonly EventData[], user: { clearance: Clearance }) {
  for (const event of events) {
    const classification = classificationSetBy(event);
    if (classification !== undefined && !canSee(user, String(classification)))
      throw new ClassificationAboveClearanceError(String(classification), user.clearance);
  }
}
