import type { Decider } from './decider';
import {
  changedFields,
  corrected,
  emptyRecord,
  recorded,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
  retracted,
  type RecordErrors,
  type RecordState,
} from './record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification } from './vocabulary';

type IdOf<Id extends string> = { [K in Id]: string };

/**
 * The commands and events of a record that is recorded, corrected and retracted and nothing else.
 * The names are the record's own (`RecordIndicator`, `IndicatorCorrected`…): they are stored history.
 */
export type LifecycleCommand<Id extends string, Input, Changes, Names extends LifecycleNames> =
  | { type: Names['record']; data: Input & IdOf<Id> & { classification?: Classification } }
  | { type: Names['correct']; data: IdOf<Id> & { changes: Changes; reason: string } }
  | { type: Names['retract']; data: IdOf<Id> & { reason: string } };
export type LifecycleEvent<Id extends string, D, Names extends LifecycleNames> =
  | { type: Names['recorded']; data: D }
  | { type: Names['corrected']; data: IdOf<Id> & { changes: Partial<D>; reason: string } }
  | { type: Names['retracted']; data: IdOf<Id> & { reason: string } };
type LifecycleNames = {
  record: string;
  correct: string;
  retract: string;
  recorded: string;
  corrected: string;
  retracted: string;
};

/**
 * The decider of a record whose only life is recorded → corrected → retracted: every such record
 * refuses the same things with the same codes (`<KIND>.NOT_FOUND`, `<KIND>.NOTHING_TO_CORRECT`…)
 * and differs only in names and in `check`, the rules it obeys whether recorded or corrected.
 */
export function lifecycleDecider<
  Id extends string,
  D extends IdOf<Id> & { classification: Classification },
  const Names extends LifecycleNames,
  Input = Omit<D, 'classification'>,
  Changes = Partial<D>,
>(spec: {
  idField: Id;
  errors: RecordErrors;
  names: Names;
  check: (record: D) => void;
  /** What the record command states, turned into the record (e.g. adding what staff do not state). */
  toRecord?: (input: Input) => Omit<D, 'classification'>;
  /** What a correction states, turned into changes of the record. */
  toChanges?: (changes: Changes) => Partial<D>;
}): Decider<
  LifecycleCommand<Id, NoInfer<Input>, NoInfer<Changes>, Names>,
  LifecycleEvent<Id, D, Names>,
  RecordState<D>
> {
  const { idField, errors, names, check } = spec;
  const toRecord = spec.toRecord ?? ((input) => input as Omit<D, 'classification'>);
  const toChanges = spec.toChanges ?? ((changes) => changes as Partial<D>);
  type Event = LifecycleEvent<Id, D, Names>;
  // A computed key is typed `{ [x: string]: string }`; this is where the record's id field is named.
  const withId = <T extends object>(id: string, rest: T) =>
    ({ [idField]: id, ...rest }) as IdOf<Id> & T;

  return {
    initialState: emptyRecord<D>,

    evolve(state, event) {
      switch (event.type) {
        case names.recorded:
          return recorded(event.data as D);
        case names.corrected: {
          const { changes, reason } = event.data as { changes: Partial<D>; reason: string };
          return corrected(state, changes, reason);
        }
        case names.retracted:
          return retracted(state, (event.data as { reason: string }).reason);
        default:
          return state;
      }
    },

    decide(command, state) {
      switch (command.type) {
        case names.record: {
          const data = command.data as Input & IdOf<Id> & { classification?: Classification };
          requireEmpty(state, data[idField], errors);
          const { classification, ...input } = data;
          const record = {
            ...toRecord(input as unknown as Input),
            classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
          } as D;
          check(record);
          return [{ type: names.recorded, data: record } as Event];
        }
        case names.correct: {
          const data = command.data as IdOf<Id> & { changes: Changes; reason: string };
          const id = data[idField];
          const current = requireLive(state, id, errors);
          const reason = requireReason(data.reason);
          const changes = changedFields(current, toChanges(data.changes));
          if (Object.keys(changes).length === 0) throw errors.nothingToCorrect(id);
          check({ ...current, ...changes });
          return [{ type: names.corrected, data: withId(id, { changes, reason }) } as Event];
        }
        case names.retract: {
          const id = (command.data as IdOf<Id>)[idField];
          requireLive(state, id, errors);
          const reason = requireReason((command.data as { reason: string }).reason);
          return [{ type: names.retracted, data: withId(id, { reason }) } as Event];
        }
        default:
          throw new Error(`not a lifecycle command: ${command.type}`);
      }
    },
  };
}
