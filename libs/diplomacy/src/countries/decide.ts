import type { Decider } from '../shared/decider';
import { countryName } from '../shared/countries';
import { RecordAlreadyExistsError } from '../shared/errors';
import type { Classification } from '../shared/vocabulary';
import type { CountryEvent, CountryRegistered } from './events';

export type Country = CountryRegistered['data'];
export type CountryState = { status: 'empty' } | { status: 'registered'; country: Country };
export type RegisterCountry = {
  type: 'RegisterCountry';
  data: { code: string; classification?: Classification };
};

export const initialCountryState = (): CountryState => ({ status: 'empty' });

export function evolveCountry(_: CountryState, event: CountryEvent): CountryState {
  return { status: 'registered', country: event.data };
}

/** Countries are public knowledge: registered once, named by ISO 3166-1, never corrected by hand. */
export function decideCountry(command: RegisterCountry, state: CountryState): CountryEvent[] {
  const code = command.data.code.toUpperCase();
  const name = countryName(code);
  if (state.status !== 'empty') {
    throw new RecordAlreadyExistsError(
      'COUNTRY.ALREADY_REGISTERED',
      `${name} is already registered`,
    );
  }
  // Unlike other records a country is public knowledge, so it defaults to public.
  const classification = command.data.classification ?? 'public';
  return [{ type: 'CountryRegistered', data: { code, name, classification } }];
}

export const countryDecider: Decider<RegisterCountry, CountryEvent, CountryState> = {
  initialState: initialCountryState,
  evolve: evolveCountry,
  decide: decideCountry,
};
