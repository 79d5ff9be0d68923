/** A broken business rule. `code` is stable (clients switch on it); the message is for people. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Machine-readable specifics, e.g. which references are unknown. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The command addresses a record that was never recorded. */
export class RecordNotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = 'RecordNotFoundError';
  }
}

/** The record to create exists already (under a client-chosen id) and this is not a retry of its creation. */
export class RecordAlreadyExistsError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = 'RecordAlreadyExistsError';
  }
}
