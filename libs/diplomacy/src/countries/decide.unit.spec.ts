import { specFor } from '../testing/given-when-then';
import { countryDecider } from './decide';

const spec = specFor(countryDecider);

describe('RegisterCountry', () => {
  it('names the country from ISO 3166-1 and makes it public', () => {
    spec
      .given([])
      .when({ type: 'RegisterCountry', data: { code: 'kaz' } })
      .then([
        {
          type: 'CountryRegistered',
          data: { code: 'KAZ', name: 'Kazakhstan', classification: 'public' },
        },
      ]);
  });

  it('refuses a code ISO 3166-1 does not have, and a second registration', () => {
    spec
      .given([])
      .when({ type: 'RegisterCountry', data: { code: 'EUR' } })
      .thenFails('COUNTRY.UNKNOWN_CODE');
    const registered = {
      type: 'CountryRegistered',
      data: { code: 'LUX', name: 'Luxembourg', classification: 'public' },
    } as const;
    spec
      .given([registered])
      .when({ type: 'RegisterCountry', data: { code: 'LUX' } })
      .thenFails('COUNTRY.ALREADY_REGISTERED');
  });
});
