import {
  BadRequestException,
  createParamDecorator,
  ExecutionContext,
  HttpException,
  HttpStatus,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** ETags are the record's revision in quotes: `"3"`. Weak tags (`W/"3"`) are accepted too. */
export const etagOf = (revision: number) => `"${revision}"`;

export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new HttpException(
      {
        statusCode: 428,
        code: 'PRECONDITION.IF_MATCH_REQUIRED',
        message: 'Changing a record needs If-Match with the revision (ETag) you last read',
      },
      HttpStatus.PRECONDITION_REQUIRED,
    );
  }
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match) {
    throw new BadRequestException({
      statusCode: 400,
      code: 'PRECONDITION.IF_MATCH_INVALID',
      message: 'If-Match must be an ETag such as "3"',
    });
  }
  return Number(match[1]);
}

/** `@IfMatch() expectedRevision: number`: 428 when missing, 400 when malformed. */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return parseIfMatch(Array.isArray(header) ? header[0] : header);
});
