import type { Decider } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import {
  changedFields,
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification } from '../shared/vocabulary';
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

export function evolveOrganisation(
  state: OrganisationState,
  event: OrganisationEvent,
): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered':
      return recorded(event.data);
    case 'OrganisationCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'OrganisationRetracted':
      return retracted(state, event.data.reason);
  }
}

/** Organisations may be known without a source (the EIB is the EIB), so sources are optional here. */
export function decideOrganisation(
  command: OrganisationCommand,
  state: OrganisationState,
): OrganisationEvent[] {
  const { organisationId } = command.data;
  switch (command.type) {
    case 'RegisterOrganisation': {
      requireEmpty(state, organisationId, organisationErrors);
      const { classification, ...facts } = command.data;
      if (facts.homeCountry) requireCountryCode(facts.homeCountry);
      return [
        {
          type: 'OrganisationRegistered',
          data: {
            ...facts,
            classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
          },
        },
      ];
    }
    case 'CorrectOrganisation': {
      const current = requireLive(state, organisationId, organisationErrors);
      const reason = requireReason(command.data.reason);
      const changes = changedFields(current, command.data.changes);
      if (Object.keys(changes).length === 0)
        throw organisationErrors.nothingToCorrect(organisationId);
      if (changes.homeCountry) requireCountryCode(changes.homeCountry);
      return [{ type: 'OrganisationCorrected', data: { organisationId, changes, reason } }];
    }
    case 'RetractOrganisation':
      requireLive(state, organisationId, organisationErrors);
      return [
        {
          type: 'OrganisationRetracted',
          data: { organisationId, reason: requireReason(command.data.reason) },
        },
      ];
  }
}

export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState
> = {
  initialState: emptyRecord<Organisation>,
  evolve: evolveOrganisation,
  decide: decideOrganisation,
};
