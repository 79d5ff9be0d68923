import { DomainError } from './errors';
import type { IsoDate } from './vocabulary';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function requireIsoDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value))
    throw new DomainError('RECORD.INVALID_DATE', `${field} must be a YYYY-MM-DD date`);
  return value;
}

/** The UTC calendar day of an instant. */
export const dayOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);
