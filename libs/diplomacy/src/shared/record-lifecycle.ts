import { DomainError, RecordAlreadyExistsError, RecordNotFoundError } from './errors';
import { CLASSIFICATIONS, type Classification } from './vocabulary';

/**
 * Most records share one lifecycle: recorded, corrected any number of times, perhaps retracted.
 * Nothing is edited in place: a correction is an event carrying the changed fields and a reason.
 */
export type Correction = { changes: Record<string, unknown>; reason: string };
export type RecordState<R> =
  | { status: 'empty' }
  | { status: 'recorded'; record: R; corrections: Correction[] }
  | { status: 'retracted'; record: R; corrections: Correction[]; retractionReason: string };

export const emptyRecord = <R>(): RecordState<R> => ({ status: 'empty' });

export function recorded<R>(record: R): RecordState<R> {
  return { status: 'recorded', record, corrections: [] };
}

export function corrected<R>(
  state: RecordState<R>,
  changes: Partial<NoInfer<R>>,
  reason: string,
): RecordState<R> {
  if (state.status === 'empty') return state;
  return {
    ...state,
    record: { ...state.record, ...changes },
    corrections: [...state.corrections, { changes: changes as Record<string, unknown>, reason }],
  };
}

export function retracted<R>(state: RecordState<R>, reason: string): RecordState<R> {
  if (state.status !== 'recorded') return state;
  return { ...state, status: 'retracted', retractionReason: reason };
}

/** The stable error codes of a kind of record, e.g. `MEETING.NOT_FOUND`. */
export function recordErrors(kind: string, label: string) {
  return {
    alreadyRecorded: (id: string) =>
      new RecordAlreadyExistsError(
        `${kind}.ALREADY_RECORDED`,
        `${label} ${id} is already recorded`,
      ),
    notFound: (id: string) =>
      new RecordNotFoundError(`${kind}.NOT_FOUND`, `${label} ${id} is not recorded`),
    retracted: (id: string) =>
      new DomainError(`${kind}.RETRACTED`, `${label} ${id} has been retracted`),
    nothingToCorrect: (id: string) =>
      new DomainError(
        `${kind}.NOTHING_TO_CORRECT`,
        `the correction changes nothing in ${label.toLowerCase()} ${id}`,
      ),
  };
}
export type RecordErrors = ReturnType<typeof recordErrors>;

/** The record as it stands, or the error saying why it cannot be changed. */
export function requireLive<R>(state: RecordState<R>, id: string, errors: RecordErrors): R {
  if (state.status === 'empty') throw errors.notFound(id);
  if (state.status === 'retracted') throw errors.retracted(id);
  return state.record;
}

export function requireEmpty<R>(state: RecordState<R>, id: string, errors: RecordErrors): void {
  if (state.status !== 'empty') throw errors.alreadyRecorded(id);
}

/** Only the fields that actually differ: a correction that repeats the record changes nothing. */
export function changedFields<R extends object>(record: R, proposed: Partial<R>): Partial<R> {
  const changes: Partial<R> = {};
  for (const key of Object.keys(proposed) as (keyof R)[]) {
    if (
      proposed[key] !== undefined &&
      JSON.stringify(proposed[key]) !== JSON.stringify(record[key])
    ) {
      changes[key] = proposed[key];
    }
  }
  return changes;
}

export function requireReason(reason: string): string {
  if (!reason || !reason.trim())
    throw new DomainError('RECORD.REASON_REQUIRED', 'a reason is required');
  return reason.trim();
}

/** Every record cites at least one source. */
export function requireSources(sourceIds: readonly string[]): string[] {
  if (sourceIds.length === 0)
    throw new DomainError('RECORD.SOURCE_REQUIRED', 'cite at least one source');
  return [...new Set(sourceIds)];
}

export function requireClassification(
  value: string | undefined,
  fallback: Classification,
): Classification {
  const classification = value ?? fallback;
  if (!(CLASSIFICATIONS as readonly string[]).includes(classification)) {
    throw new DomainError(
      'RECORD.UNKNOWN_CLASSIFICATION',
      `unknown classification ${classification}`,
    );
  }
  return classification as Classification;
}
