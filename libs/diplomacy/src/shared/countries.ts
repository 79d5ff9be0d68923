import countries from 'i18n-iso-countries';
import { DomainError } from './errors';

/** ISO 3166-1 is maintained by i18n-iso-countries; we never keep our own list. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string): string {
  const name = countries.getName(code, 'en');
  if (!isCountryCode(code) || !name) {
    throw new DomainError(
      'COUNTRY.UNKNOWN_CODE',
      `${code} is not an ISO 3166-1 alpha-3 country code`,
    );
  }
  return name;
}

export function requireCountryCode(code: string): string {
  countryName(code);
  return code;
}
