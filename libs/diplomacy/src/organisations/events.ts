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
  /** ISO 3166-1 alpha-3 of the country it is based in; null for bodies based in none. */
  homeCountry: string | null;
  /** The organisation it is part of (a ministry's press service, PEMEX's subsidiary); null if none. */
  partOfId: string | null;
  /** Free text: `heavy lifting and engineered transport`. */
  sector: string | null;
};

/** Stream `organisation-<uuid>`. Version 2 adds `partOfId` (v1 upcasts to null). */
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
  OrganisationRegistered: 2,
  OrganisationCorrected: 1,
  OrganisationRetracted: 1,
} as const satisfies Record<OrganisationEvent['type'], number>;
