import type { Classification } from '../shared/vocabulary';

export const ORGANISATION_KINDS = [
  'government-body',
  'intergovernmental-body',
  'international-financial-institution',
  'company',
  'ngo',
  'media',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type OrganisationFacts = {
  name: string;
  /** `EIB`, `SES`; null when it has none. */
  acronym: string | null;
  kind: OrganisationKind;
  /** ISO 3166-1 alpha-3 of its seat; null for intergovernmental bodies without one. */
  homeCountry: string | null;
  /** Free text: `heavy lifting and engineered transport`. */
  sector: string | null;
};

/** Stream `organisation-<uuid>`. */
export type OrganisationRegistered = {
  type: 'OrganisationRegistered';
  data: OrganisationFacts & {
    organisationId: string;
    sourceIds: string[];
    classification: Classification;
  };
};

export type OrganisationCorrected = {
  type: 'OrganisationCorrected';
  data: {
    organisationId: string;
    changes: Partial<OrganisationFacts & { classification: Classification }>;
    reason: string;
  };
};

export type OrganisationRetracted = {
  type: 'OrganisationRetracted';
  data: { organisationId: string; reason: string };
};

export type OrganisationEvent =
  OrganisationRegistered | OrganisationCorrected | OrganisationRetracted;

export const ORGANISATION_EVENT_VERSIONS = {
  OrganisationRegistered: 1,
  OrganisationCorrected: 1,
  OrganisationRetracted: 1,
} as const satisfies Record<OrganisationEvent['type'], number>;
