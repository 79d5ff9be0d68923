import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
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

export function validationPipe(): ValidationPipe {
  memoiseValidationMetadata();
  return new ValidationPipe({
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
