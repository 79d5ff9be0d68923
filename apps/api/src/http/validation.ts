import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { hostileText } from './hostile-text';
import { isTextChecked } from './json-body';
import type { FieldError } from './field-error';
import { memoiseValidationMetadata } from './validation-metadata-memo';

export type { FieldError };

/**
 * Flattens nested class-validator errors into `a.b[0].c`-style field paths. A field left out or
 * null gets one reason saying so, instead of every rule its absent value breaks ("must be a
 * YYYY-MM-DD date", "must be shorter than 120 characters").
 */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const reasons = Object.values(error.constraints ?? {});
    const own = reasons.length > 0 && absence(error, field);
    const ownErrors = own ? [{ field, reason: own }] : reasons.map((reason) => ({ field, reason }));
    return [...ownErrors, ...fieldErrors(error.children ?? [], field)];
  });
}

/** "is required" or "must not be null" for a field left out or null; '' for one with a value. */
function absence(error: ValidationError, field: string): string {
  // The pipe deletes the value of an error with children: `in`, not `=== undefined`.
  if (!('value' in error)) return '';
  if (error.value === undefined) return `${field} is required`;
  if (error.value === null) return `${field} must not be null (leave it out instead)`;
  return '';
}

/** The 400 every refused input gets: each invalid field, and why. */
export function invalidFields(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'The request has invalid fields',
    errors,
  });
}

type Query = new () => object;

/**
 * Text that is not text (a NUL, a lone surrogate) is refused in a body, a query or a path
 * parameter before anything else looks at it (a JSON body's text was checked as it was parsed).
 *
 * A query string with no parameters at all becomes `new Query()`, defaults and all, whose verdict
 * is the same every time: once it has passed, it is not transformed and validated again. Most
 * reads of a page ask for nothing, and validating even an empty query costs a few microseconds.
 */
class RequestValidationPipe extends ValidationPipe {
  private readonly emptyQueryPassed = new WeakSet<Query>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom' && !isTextChecked(value)) {
      const problem = hostileText(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (problem) throw invalidFields([problem]);
    }
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
    exceptionFactory: (errors) => invalidFields(fieldErrors(errors)),
  });
}
