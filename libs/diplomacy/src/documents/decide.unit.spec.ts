import { specFor } from '../testing/given-when-then';
import { documentDecider, documentParties, type RecordDocument } from './decide';
import type { DocumentEvent } from './events';

const spec = specFor(documentDecider);
const healthMou: RecordDocument = {
  type: 'RecordDocument',
  data: {
    documentId: 'd-1',
    title: 'Memorandum of Understanding on Cooperation in Public Health',
    kind: 'memorandum',
    parties: [
      { kind: 'country', id: 'SGP' },
      { kind: 'country', id: 'LKA' },
    ],
    signatories: [
      { personId: 'p-gan', title: 'Minister for Health', side: { kind: 'country', id: 'SGP' } },
      { personId: null, title: 'Minister of Health', side: { kind: 'country', id: 'LKA' } },
    ],
    witnesses: [
      { personId: 'p-lee', title: 'Prime Minister', side: { kind: 'country', id: 'SGP' } },
    ],
    signedOn: '2016-07',
    place: { city: 'Singapore', country: 'SGP' },
    meetingId: 'm-1',
    sourceIds: ['s-1'],
  },
};
const signed: DocumentEvent = {
  type: 'DocumentSigned',
  data: { ...healthMou.data, classification: 'internal' },
};
const retracted: DocumentEvent = {
  type: 'DocumentRetracted',
  data: { documentId: 'd-1', reason: 'recorded twice' },
};
const withData = (data: object): RecordDocument => ({
  ...healthMou,
  data: { ...healthMou.data, ...data },
});

describe('RecordDocument', () => {
  it('records a memorandum with its parties, signatories (one unnamed), witness and month', () => {
    spec.given([]).when(healthMou).then([signed]);
  });

  it('holds what the source leaves out as not stated', () => {
    const bare = { title: null, parties: [], signatories: [], witnesses: [], signedOn: null };
    spec
      .given([])
      .when(withData({ ...bare, place: null, meetingId: null }))
      .then([
        {
          type: 'DocumentSigned',
          data: {
            ...healthMou.data,
            ...bare,
            place: null,
            meetingId: null,
            classification: 'internal',
          },
        },
      ]);
  });

  it('refuses a signer with neither a person nor a title, or signing for a person', () => {
    spec
      .given([])
      .when(withData({ signatories: [{ personId: null, title: ' ', side: null }] }))
      .thenFails('DOCUMENT.SIGNER_UNNAMED');
    spec
      .given([])
      .when(
        withData({
          witnesses: [{ personId: 'p', title: null, side: { kind: 'person', id: 'x' } }],
        }),
      )
      .thenFails('DOCUMENT.SIDE_NOT_INSTITUTION');
  });

  it('refuses an unknown kind, a person as party, a bad date or country, and no source', () => {
    spec
      .given([])
      .when(withData({ kind: 'letter' }))
      .thenFails('DOCUMENT.UNKNOWN_KIND');
    spec
      .given([])
      .when(withData({ parties: [{ kind: 'person', id: 'p' }] }))
      .thenFails('DOCUMENT.PARTY_NOT_INSTITUTION');
    spec
      .given([])
      .when(withData({ signedOn: '2016-02-30' }))
      .thenFails('RECORD.INVALID_DATE');
    spec
      .given([])
      .when(withData({ place: { city: null, country: 'XXX' } }))
      .thenFails('COUNTRY.UNKNOWN_CODE');
    spec
      .given([])
      .when(withData({ sourceIds: [] }))
      .thenFails('RECORD.SOURCE_REQUIRED');
  });

  it('refuses a document recorded twice', () => {
    spec.given([signed]).when(healthMou).thenFails('DOCUMENT.ALREADY_RECORDED');
  });
});

describe('CorrectDocument and RetractDocument', () => {
  const correct = (changes: object, reason = 'per the joint statement') =>
    ({ type: 'CorrectDocument', data: { documentId: 'd-1', changes, reason } }) as const;

  it('keeps only what changes, with the reason', () => {
    spec
      .given([signed])
      .when(correct({ signedOn: '2016-07-18', kind: 'memorandum' }))
      .then([
        {
          type: 'DocumentCorrected',
          data: {
            documentId: 'd-1',
            changes: { signedOn: '2016-07-18' },
            reason: 'per the joint statement',
          },
        },
      ]);
  });

  it('refuses a correction that changes nothing, breaks a rule, or gives no reason', () => {
    spec
      .given([signed])
      .when(correct({ kind: 'memorandum' }))
      .thenFails('DOCUMENT.NOTHING_TO_CORRECT');
    spec
      .given([signed])
      .when(correct({ signedOn: '2016-13' }))
      .thenFails('RECORD.INVALID_DATE');
    spec
      .given([signed])
      .when(correct({ kind: 'treaty' }, ' '))
      .thenFails('RECORD.REASON_REQUIRED');
  });

  it('retracts with a reason once; a retracted document cannot be corrected', () => {
    const retract = {
      type: 'RetractDocument',
      data: { documentId: 'd-1', reason: 'recorded twice' },
    } as const;
    spec.given([signed]).when(retract).then([retracted]);
    spec.given([signed, retracted]).when(retract).thenFails('DOCUMENT.RETRACTED');
    spec
      .given([signed, retracted])
      .when(correct({ kind: 'treaty' }))
      .thenFails('DOCUMENT.RETRACTED');
    spec.given([]).when(retract).thenFails('DOCUMENT.NOT_FOUND');
  });
});

describe('documentParties', () => {
  it('names the parties and the sides signers signed for, once each', () => {
    expect(
      documentParties({ ...healthMou.data, parties: [{ kind: 'country', id: 'SGP' }] }),
    ).toEqual([
      { kind: 'country', id: 'SGP' },
      { kind: 'country', id: 'LKA' },
    ]);
  });
});
