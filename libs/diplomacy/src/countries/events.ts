import type { Classification } from '../shared/vocabulary';

/** Stream `country-<ALPHA3>`. Countries are named from ISO 3166-1 (i18n-iso-countries), never typed by hand. */
export type CountryRegistered = {
  type: 'CountryRegistered';
  data: {
    /** ISO 3166-1 alpha-3, upper-case: `KAZ`. */
    code: string;
    /** English short name from ISO 3166-1 at the time of registration: `Kazakhstan`. */
    name: string;
    classification: Classification;
  };
};

export type CountryEvent = CountryRegistered;

export const COUNTRY_EVENT_VERSIONS = { CountryRegistered: 1 } as const satisfies Record<
  CountryEvent['type'],
  number
>;
