import { DomainError } from './errors';
import type { IsoDate } from './vocabulary';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar day written `YYYY-MM-DD` (rejects 2024-02-30, and year 0000, which no calendar
 * has); checked on every command, so no Date is built.
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

export function requireIsoDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value))
    throw new DomainError('RECORD.INVALID_DATE', `${field} must be a YYYY-MM-DD date`);
  return value;
}

/** The UTC calendar day of an instant. */
export const dayOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);
