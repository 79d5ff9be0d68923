import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, type ApiOperationOptions } from '@nestjs/swagger';
import { Recorders } from './roles';
import { WriteResponse } from './write-response';

/**
 * A route that changes an existing record: `POST` under the record, 200 with the new revision,
 * recorders only, and the revision the client last read in `If-Match` (read with `@IfMatch()`).
 */
export const ChangesRecord = (path: string, operation: ApiOperationOptions) =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    Recorders(),
    ApiOperation(operation),
    ApiHeader({
      name: 'If-Match',
      required: true,
      description: 'The ETag (revision) you last read',
    }),
    ApiOkResponse({ type: WriteResponse }),
  );
