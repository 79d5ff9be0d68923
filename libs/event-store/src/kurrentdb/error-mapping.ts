import { convertToCommandError, ErrorType, isCommandError } from '@kurrent/kurrentdb-client';
import {
  EventStoreError,
  EventStoreUnavailableError,
  InvalidAppendError,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '../errors';
import type { ExpectedRevision } from '../event-store.port';

export interface ErrorContext {
  operation: string;
  endpoint: string;
  streamId?: string;
  expected?: ExpectedRevision;
}

/** Every failure leaves the adapter as one of the port's typed errors, never as a raw gRPC error. */
export function toStoreError(raw: unknown, context: ErrorContext): EventStoreError {
  if (raw instanceof EventStoreError) return raw;
  // Some paths (the server-features probe, a dropped channel) reject with the bare gRPC error.
  const error = raw instanceof Error ? convertToCommandError(raw) : raw;
  const streamId = context.streamId ?? '';
  if (error instanceof Error && isCommandError(error)) {
    switch (error.type) {
      case ErrorType.WRONG_EXPECTED_VERSION: {
        const actual = error.actualState;
        return new WrongExpectedVersionError(
          streamId,
          context.expected ?? 'any',
          typeof actual === 'bigint' ? Number(actual) : 'no_stream',
        );
      }
      case ErrorType.STREAM_NOT_FOUND:
        return new StreamNotFoundError(streamId);
      case ErrorType.STREAM_DELETED:
      case ErrorType.STREAM_TOMBSTONED:
        return new StreamDeletedError(streamId);
      case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
        return new InvalidAppendError(
          `the append exceeds the server's maximum append size of ${error.maxAppendSize} bytes; nothing was written`,
          'events',
        );
      case ErrorType.INVALID_ARGUMENT:
        return new InvalidAppendError(error.message, 'events');
      case ErrorType.DEADLINE_EXCEEDED:
      case ErrorType.TIMEOUT:
        return new EventStoreUnavailableError(
          `KurrentDB at ${context.endpoint} did not answer ${context.operation} in time; the outcome is unknown`,
          error,
        );
      case ErrorType.UNAVAILABLE:
      case ErrorType.NOT_LEADER:
      case ErrorType.CANCELLED:
        return new EventStoreUnavailableError(
          `KurrentDB at ${context.endpoint} is unavailable (${context.operation}): ${error.message}`,
          error,
        );
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new EventStoreUnavailableError(
    `KurrentDB ${context.operation} failed at ${context.endpoint}: ${message}`,
    error,
  );
}
