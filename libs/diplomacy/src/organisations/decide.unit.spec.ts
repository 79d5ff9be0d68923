import { specFor } from '../testing/given-when-then';
import type { OrganisationEvent } from './events';
import { organisationDecider, type CorrectOrganisation } from './decide';

const spec = specFor(organisationDecider);
const registered: OrganisationEvent = {
  type: 'OrganisationRegistered',
  data: {
    organisationId: 'o-1',
    name: 'Placeholder Fund',
    acronym: null,
    kind: 'company',
    homeCountry: 'KAZ',
    partOfId: null,
    sector: null,
    sourceIds: [],
    classification: 'internal',
  },
};
const retracted: OrganisationEvent = {
  type: 'OrganisationRetracted',
  data: { organisationId: 'o-1', reason: 'registered twice' },
};
const correct = (
  changes: CorrectOrganisation['data']['changes'],
  reason = 'named in the release',
) => ({ type: 'CorrectOrganisation', data: { organisationId: 'o-1', changes, reason } }) as const;

describe('CorrectOrganisation', () => {
  it('fixes a placeholder’s name and acronym, keeping only what changes', () => {
    spec
      .given([registered])
      .when(correct({ name: 'Samruk-Kazyna', acronym: 'SK', kind: 'company' }))
      .then([
        {
          type: 'OrganisationCorrected',
          data: {
            organisationId: 'o-1',
            changes: { name: 'Samruk-Kazyna', acronym: 'SK' },
            reason: 'named in the release',
          },
        },
      ]);
  });

  it('refuses an unknown seat, a correction that changes nothing, or one without a reason', () => {
    spec
      .given([registered])
      .when(correct({ homeCountry: 'XXX' }))
      .thenFails('COUNTRY.UNKNOWN_CODE');
    spec
      .given([registered])
      .when(correct({ homeCountry: 'KAZ' }))
      .thenFails('ORGANISATION.NOTHING_TO_CORRECT');
    spec
      .given([registered])
      .when(correct({ acronym: 'SK' }, ''))
      .thenFails('RECORD.REASON_REQUIRED');
  });

  it('refuses to correct an organisation never registered, or retracted', () => {
    spec
      .given([])
      .when(correct({ acronym: 'SK' }))
      .thenFails('ORGANISATION.NOT_FOUND');
    spec
      .given([registered, retracted])
      .when(correct({ acronym: 'SK' }))
      .thenFails('ORGANISATION.RETRACTED');
  });
});

describe('RetractOrganisation', () => {
  const retract = {
    type: 'RetractOrganisation',
    data: { organisationId: 'o-1', reason: 'registered twice' },
  } as const;

  it('retracts an organisation with the reason, once', () => {
    spec.given([registered]).when(retract).then([retracted]);
    spec.given([registered, retracted]).when(retract).thenFails('ORGANISATION.RETRACTED');
  });
});

describe('an organisation part of another', () => {
  const { classification: _, ...facts } = registered.data;
  const register = (data: object) =>
    ({ type: 'RegisterOrganisation', data: { ...facts, ...data } }) as const;

  it('registers a press service as part of its ministry', () => {
    spec
      .given([])
      .when(register({ partOfId: 'mfa' }))
      .then([
        {
          type: 'OrganisationRegistered',
          data: { ...registered.data, partOfId: 'mfa', classification: 'internal' },
        },
      ]);
  });

  it('refuses to make an organisation part of itself: LINK.CYCLE', () => {
    spec
      .given([])
      .when(register({ partOfId: 'o-1' }))
      .thenFails('LINK.CYCLE');
  });

  it('refuses to make it part of one of its own parts, as the chain found on record shows', () => {
    spec
      .given([registered])
      .when({
        type: 'CorrectOrganisation',
        data: {
          organisationId: 'o-1',
          changes: { partOfId: 'subsidiary' },
          reason: 'per the annual report',
          parentChain: ['o-1', 'holding'],
        },
      })
      .thenFails('LINK.CYCLE');
    spec
      .given([registered])
      .when({
        type: 'CorrectOrganisation',
        data: {
          organisationId: 'o-1',
          changes: { partOfId: 'holding' },
          reason: 'per the annual report',
          parentChain: ['state'],
        },
      })
      .then([
        {
          type: 'OrganisationCorrected',
          data: {
            organisationId: 'o-1',
            changes: { partOfId: 'holding' },
            reason: 'per the annual report',
          },
        },
      ]);
  });
});
