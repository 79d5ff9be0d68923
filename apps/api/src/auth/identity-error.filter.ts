import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { IdentityError } from '@chancery/identity';

const STATUS: Partial<Record<IdentityError['code'], number>> = {
  'USER.NOT_FOUND': HttpStatus.NOT_FOUND,
  'TOKEN.NOT_FOUND': HttpStatus.NOT_FOUND,
  'USER.ALREADY_EXISTS': HttpStatus.CONFLICT,
  'USER.REVOKED': HttpStatus.CONFLICT,
  'USER.ALREADY_ON_DESK': HttpStatus.UNPROCESSABLE_ENTITY,
  'USER.NOT_ON_DESK': HttpStatus.UNPROCESSABLE_ENTITY,
};

@Catch(IdentityError)
export class IdentityErrorFilter implements ExceptionFilter {
  catch(error: IdentityError, host: ArgumentsHost): void {
    const status = STATUS[error.code] ?? HttpStatus.BAD_REQUEST;
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(status)
      .send({ statusCode: status, code: error.code, message: error.message });
  }
}
