import type { Decider } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { requirePartialDate } from '../shared/partial-date';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import { type Classification, type PartyRef } from '../shared/vocabulary';
import {
  DOCUMENT_KINDS,
  type DocumentEvent,
  type DocumentFacts,
  type DocumentSigned,
  type DocumentSigner,
} from './events';

export type SignedDocument = DocumentSigned['data'];
export type DocumentState = RecordState<SignedDocument>;
export const documentErrors = {
  ...recordErrors('DOCUMENT', 'Document'),
  unknownKind: (kind: string) =>
    new DomainError(
      'DOCUMENT.UNKNOWN_KIND',
      `a document is one of ${DOCUMENT_KINDS.join(', ')}, not ${kind}`,
    ),
  unnamedSigner: (field: string) =>
    new DomainError(
      'DOCUMENT.SIGNER_UNNAMED',
      `${field}: a signer or witness is a person on record or a title ("the Minister of Health")`,
    ),
  signerSideIsPerson: (field: string) =>
    new DomainError(
      'DOCUMENT.SIDE_NOT_INSTITUTION',
      `${field}: a signer signs for a country or an organisation, not a person`,
    ),
  partyIsPerson: () =>
    new DomainError(
      'DOCUMENT.PARTY_NOT_INSTITUTION',
      'the parties to a document are countries or organisations',
    ),
};

export type RecordDocument = {
  type: 'RecordDocument';
  data: DocumentFacts & {
    documentId: string;
    sourceIds: string[];
    classification?: Classification;
  };
};
export type CorrectDocument = {
  type: 'CorrectDocument';
  data: {
    documentId: string;
    changes: Partial<DocumentFacts & { sourceIds: string[]; classification: Classification }>;
    reason: string;
  };
};
export type RetractDocument = {
  type: 'RetractDocument';
  data: { documentId: string; reason: string };
};
export type DocumentCommand = RecordDocument | CorrectDocument | RetractDocument;

function checkSigners(signers: DocumentSigner[], field: string): void {
  signers.forEach((signer, i) => {
    if (signer.personId === null && !signer.title?.trim())
      throw documentErrors.unnamedSigner(`${field}[${i}]`);
    if (signer.side?.kind === 'person') throw documentErrors.signerSideIsPerson(`${field}[${i}]`);
    if (signer.side?.kind === 'country') requireCountryCode(signer.side.id);
  });
}

function checkDocument(document: SignedDocument): void {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(document.kind))
    throw documentErrors.unknownKind(document.kind);
  for (const party of document.parties) {
    if (party.kind === 'person') throw documentErrors.partyIsPerson();
    if (party.kind === 'country') requireCountryCode(party.id);
  }
  checkSigners(document.signatories, 'signatories');
  checkSigners(document.witnesses, 'witnesses');
  if (document.signedOn !== null) requirePartialDate(document.signedOn, 'signedOn');
  if (document.place?.country) requireCountryCode(document.place.country);
  requireSources(document.sourceIds);
}

/** A signed document is recorded, corrected and retracted like most records. */
export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> =
  lifecycleDecider({
    idField: 'documentId',
    errors: documentErrors,
    names: {
      record: 'RecordDocument',
      correct: 'CorrectDocument',
      retract: 'RetractDocument',
      recorded: 'DocumentSigned',
      corrected: 'DocumentCorrected',
      retracted: 'DocumentRetracted',
    },
    check: checkDocument,
  });

/** The parties a document names anywhere: its parties and the sides its signers signed for. */
export function documentParties(document: DocumentFacts): PartyRef[] {
  const refs = [
    ...document.parties,
    ...[...document.signatories, ...document.witnesses].flatMap((s) => (s.side ? [s.side] : [])),
  ];
  const seen = new Map(refs.map((r) => [`${r.kind}:${r.id}`, r]));
  return [...seen.values()];
}
