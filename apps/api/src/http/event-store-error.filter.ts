import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  EventStoreError,
  EventStoreUnavailableError,
  InvalidAppendError,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@chancery/event-store';

/** Maps the event store's typed errors to HTTP; nothing of the adapter leaks to the client. */
@Catch(EventStoreError)
export class EventStoreErrorFilter implements ExceptionFilter {
  catch(error: EventStoreError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const status = statusOf(error);
    const body: Record<string, unknown> = {
      statusCode: status,
      code: error.code,
      message: error.message,
    };
    if (error instanceof WrongExpectedVersionError) {
      body.currentRevision = error.actual === 'no_stream' ? null : error.actual;
    }
    void reply.status(status).send(body);
  }
}

function statusOf(error: EventStoreError): number {
  if (error instanceof WrongExpectedVersionError) return HttpStatus.CONFLICT;
  if (error instanceof StreamNotFoundError) return HttpStatus.NOT_FOUND;
  if (error instanceof StreamDeletedError) return HttpStatus.GONE;
  if (error instanceof InvalidAppendError) return HttpStatus.BAD_REQUEST;
  if (error instanceof EventStoreUnavailableError) return HttpStatus.SERVICE_UNAVAILABLE;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}
