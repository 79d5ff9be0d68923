/** What `decide` may know about the world besides the command and the state: injected, never global. */
export type DecisionContext = {
  now: Date;
  /** A fresh UUID for anything the command does not name itself (a position, say). */
  newId: () => string;
};

export type DomainEventShape = { type: string; data: object };

/**
 * One aggregate's rules, Emmett-style: `decide` turns a command into events (or throws a DomainError),
 * `evolve` folds an event into the state. Both are pure.
 */
export type Decider<Command, Event extends DomainEventShape, State> = {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State, context: DecisionContext) => Event[];
};
