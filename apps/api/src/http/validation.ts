import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { memoiseValidationMetadata } from './validation-metadata-memo';

export interface FieldError {
  field: string;
  reason: string;
}

/** Flattens nested class-validator errors into `a.b[0].c`-style field paths. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

type Query = new () => object;

/**
 * A query string with no parameters at all becomes `new Query()`, defaults and all, whose verdict
 * is the same every time: once it has passed, it is not transformed and validated again. Most
 * reads of a page ask for nothing, and validating even an empty query costs a few microseconds.
 */
class RequestValidationPipe extends ValidationPipe {
  private readonly emptyQueryPassed = new WeakSet<Query>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const empty = metadata.type === 'query' && isEmptyObject(value) && this.toValidate(metadata);
    const query = metadata.metatype as Query;
    if (empty && this.emptyQueryPassed.has(query)) return new query();
    const valid: unknown = await super.transform(value, metadata);
    if (empty) this.emptyQueryPassed.add(query);
    return valid;
  }
}

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  for (const _ in value) return false;
  return true;
}

export function validationPipe(): ValidationPipe {
  memoiseValidationMetadata();
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields',
        errors: fieldErrors(errors),
      }),
  });
}
