import {
  registerDecorator,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidationOptions,
  type ValidatorConstraintInterface,
} from 'class-validator';

const isoDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * The end of a range may not come before its start: a reversed range would answer an empty list
 * as if nothing had happened. Bounds compare as the queries compare them with stored dates, as
 * ISO-8601 text (so `2024-06-01T18:00Z` to `2024-06-01` is reversed: no day falls between). An
 * absent or malformed bound is left to the bound's own rules.
 */
@ValidatorConstraint({ name: 'notBefore' })
export class NotBeforeConstraint implements ValidatorConstraintInterface {
  validate(end: unknown, args: ValidationArguments): boolean {
    const [startProperty] = args.constraints as [string];
    const start = (args.object as Record<string, unknown>)[startProperty];
    return !isoDate(start) || !isoDate(end) || start <= end;
  }

  defaultMessage(args: ValidationArguments): string {
    const [startProperty] = args.constraints as [string];
    const start = (args.object as Record<string, unknown>)[startProperty];
    return `${args.property} (${String(args.value)}) must not be before ${startProperty} (${String(start)})`;
  }
}

/** On the end of a range: `@NotBefore('from') to?: string`. */
export const NotBefore =
  (startProperty: string, options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      target: target.constructor,
      propertyName,
      options,
      constraints: [startProperty],
      validator: NotBeforeConstraint,
    });
