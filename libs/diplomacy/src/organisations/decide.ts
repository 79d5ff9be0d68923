import type { Decider, DecisionContext } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { recordErrors, type RecordState } from '../shared/record-lifecycle';
import { type Classification } from '../shared/vocabulary';
import type { OrganisationEvent, OrganisationFacts, OrganisationRegistered } from './events';

export type Organisation = OrganisationRegistered['data'];
export type OrganisationState = RecordState<Organisation>;
export const organisationErrors = {
  ...recordErrors('ORGANISATION', 'Organisation'),
  cycle: (id: string) =>
    new DomainError(
      'LINK.CYCLE',
      `organisation ${id} cannot be part of itself or of one of its own parts`,
    ),
};

/**
 * `parentChain`: the organisations the proposed parent is part of, nearest first, as the caller
 * found them on record (the decider reads no other stream). It is not stored.
 */
type Ancestry = { parentChain?: string[] };

export type RegisterOrganisation = {
  type: 'RegisterOrganisation';
  data: OrganisationFacts & {
    organisationId: string;
    sourceIds: string[];
    classification?: Classification;
  } & Ancestry;
};
export type CorrectOrganisation = {
  type: 'CorrectOrganisation';
  data: {
    organisationId: string;
    changes: Partial<OrganisationFacts & { classification: Classification }>;
    reason: string;
  } & Ancestry;
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

const organisationLifecycle = lifecycleDecider({
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

/** A part-of link that leads back to the organisation itself is a cycle. */
function requireNoCycle(id: string, partOfId: string | null | undefined, chain: string[] = []) {
  if (partOfId && (partOfId === id || chain.includes(id))) throw organisationErrors.cycle(id);
}

function decideOrganisation(
  command: OrganisationCommand,
  state: OrganisationState,
  context: DecisionContext,
): OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation': {
      const { parentChain, ...data } = command.data;
      requireNoCycle(data.organisationId, data.partOfId, parentChain);
      return organisationLifecycle.decide({ ...command, data }, state, context);
    }
    case 'CorrectOrganisation': {
      const { parentChain, ...data } = command.data;
      requireNoCycle(data.organisationId, data.changes.partOfId, parentChain);
      return organisationLifecycle.decide({ ...command, data }, state, context);
    }
    default:
      return organisationLifecycle.decide(command, state, context);
  }
}

export const organisationDecider: Decider<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState
> = { ...organisationLifecycle, decide: decideOrganisation };
