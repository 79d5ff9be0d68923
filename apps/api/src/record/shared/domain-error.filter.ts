import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, RecordAlreadyExistsError, RecordNotFoundError } from '@chancery/diplomacy';

/**
 * A broken business rule is 422 with its stable code; an unknown record 404; a record that
 * exists already (a client-chosen id taken by a different request) 409.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const status =
      error instanceof RecordNotFoundError
        ? HttpStatus.NOT_FOUND
        : error instanceof RecordAlreadyExistsError
          ? HttpStatus.CONFLICT
          : HttpStatus.UNPROCESSABLE_ENTITY;
    const body: Record<string, unknown> = {
      statusCode: status,
      code: error.code,
      message: error.message,
    };
    if (error.details !== undefined) body.details = error.details;
    void host.switchToHttp().getResponse<FastifyReply>().status(status).send(body);
  }
}
