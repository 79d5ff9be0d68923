import type { Decider } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { recordErrors, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { OrganisationEvent, OrganisationFacts, OrganisationRegistered } from './events';

export type Organisation = OrganisationRegistered['data'];
export type OrganisationState = RecordState<Organisation>;
export const organisationErrors = recordErrors('ORGANISATION', 'Organisation');

export type RegisterOrganisation = {
  type: 'RegisterOrganisation';
  data: OrganisationFacts & {
    organisationId: string;
    sourceIds: string[];
    classification?: Classification;
  };
};
export type CorrectOrganisation = {
  type: 'CorrectOrganisation';
  data: {
    organisationId: string;
    changes: Partial<OrganisationFacts & { classification: Classification }>;
    reason: string;
  };
};
export type RetractOrganisation = {
  type: 'RetractOrganisation';
  data: { organisationId: string; reason: string };
};
export type OrganisationCommand = RegisterOrganisation | CorrectOrganisation | RetractOrganisation;

/** Organisations may be known without a source (the EIB is the EIB), so sources are optional here. */
function checkOrganisation(organisation: Organisation): void {
  if (organisation.homeCountry) requireCountryCode(organisation.homeCountry);
}

export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState
> = lifecycleDecider({
  idField: 'organisationId',
  errors: organisationErrors,
  names: {
    record: 'RegisterOrganisation',
    correct: 'CorrectOrganisation',
    retract: 'RetractOrganisation',
    recorded: 'OrganisationRegistered',
    corrected: 'OrganisationCorrected',
    retracted: 'OrganisationRetracted',
  },
  check: checkOrganisation,
});
