import {
  registerDecorator,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidationOptions,
  type ValidatorConstraintInterface,
} from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant in ms; a bare day is its start as the start of a range, its end as the end of one. */
function instant(value: unknown, edge: 'start' | 'end'): number {
  if (typeof value !== 'string') return NaN;
  return Date.parse(
    DAY.test(value) ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value,
  );
}

/**
 * The end of a range may not come before its start: a reversed range would answer an empty list
 * as if nothing had happened. An absent or malformed bound is left to the bound's own rules.
 */
@ValidatorConstraint({ name: 'notBefore' })
export class NotBeforeConstraint implements ValidatorConstraintInterface {
  validate(end: unknown, args: ValidationArguments): boolean {
    const [startProperty] = args.constraints as [string];
    const [from, to] = [
      instant((args.object as Record<string, unknown>)[startProperty], 'start'),
      instant(end, 'end'),
    ];
    return Number.isNaN(from) || Number.isNaN(to) || from <= to;
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
