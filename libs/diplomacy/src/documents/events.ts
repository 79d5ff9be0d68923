import type { MeetingPlace } from '../meetings/events';
import type { PartialDate } from '../shared/partial-date';
import type { Classification, PartyRef } from '../shared/vocabulary';

export const DOCUMENT_KINDS = [
  'memorandum',
  'agreement',
  'joint-statement',
  'treaty',
  'protocol',
  'declaration',
  'programme',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Who signed or witnessed a document: a person on record, or someone unnamed known by a title
 * ("the Minister of Health"); `side` is whom they signed for (a country, an organisation), null
 * when the source does not say.
 */
export type DocumentSigner = {
  personId: string | null;
  title: string | null;
  side: PartyRef | null;
};

export type DocumentFacts = {
  /** `Memorandum of Understanding on Cooperation in Public Health`; null when not stated. */
  title: string | null;
  kind: DocumentKind;
  /** The parties bound by it (countries, organisations); `[]` when not stated. */
  parties: PartyRef[];
  signatories: DocumentSigner[];
  witnesses: DocumentSigner[];
  /** As precise as the source states it; null when not stated. */
  signedOn: PartialDate | null;
  /** Where it was signed, as far as the source says; null when not stated. */
  place: MeetingPlace | null;
  /** The meeting (a signing ceremony, talks) it was signed at, or null. */
  meetingId: string | null;
};

/** Stream `document-<uuid>`: a signed document (MOU, agreement, joint statement…) of its own. */
export type DocumentSigned = {
  type: 'DocumentSigned';
  data: DocumentFacts & { documentId: string; sourceIds: string[]; classification: Classification };
};

export type DocumentCorrected = {
  type: 'DocumentCorrected';
  data: {
    documentId: string;
    changes: Partial<DocumentFacts & { classification: Classification; sourceIds: string[] }>;
    reason: string;
  };
};

export type DocumentRetracted = {
  type: 'DocumentRetracted';
  data: { documentId: string; reason: string };
};

export type DocumentEvent = DocumentSigned | DocumentCorrected | DocumentRetracted;

export const DOCUMENT_EVENT_VERSIONS = {
  DocumentSigned: 1,
  DocumentCorrected: 1,
  DocumentRetracted: 1,
} as const satisfies Record<DocumentEvent['type'], number>;
