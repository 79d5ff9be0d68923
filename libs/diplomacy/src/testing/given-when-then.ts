import type { Decider, DecisionContext, DomainEventShape } from '../shared/decider';
import { DomainError } from '../shared/errors';

/** A fixed moment and predictable ids: `id-1`, `id-2`… */
export function testContext(now = new Date('2024-10-14T12:00:00Z')): DecisionContext {
  let counter = 0;
  return { now, newId: () => `id-${++counter}` };
}

/**
 * Specification-style tests for a decider:
 *   spec.given([...events]).when(command).then([...events])
 *   spec.given([...events]).when(command).thenFails('VISIT.ENDS_BEFORE_START')
 */
export function specFor<C, E extends DomainEventShape, S>(
  decider: Decider<C, E, S>,
  context = testContext,
) {
  return {
    given(history: E[]) {
      const state = history.reduce(decider.evolve, decider.initialState());
      return {
        when(command: C) {
          const run = () => decider.decide(command, state, context());
          return {
            then(expected: E[]) {
              expect(run()).toEqual(expected);
            },
            thenFails(code: string) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainError);
              expect((thrown as DomainError).code).toBe(code);
            },
            /** The state after folding the history and the new events, for read-back assertions. */
            thenState(): S {
              return run().reduce(decider.evolve, state);
            },
          };
        },
      };
    },
  };
}
