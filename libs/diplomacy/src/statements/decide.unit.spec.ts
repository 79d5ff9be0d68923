import { specFor } from '../testing/given-when-then';
import type { StatementEvent } from './events';
import { statementDecider, type RecordStatement } from './decide';

const spec = specFor(statementDecider);
const recordBettel: RecordStatement = {
  type: 'RecordStatement',
  data: {
    statementId: 'st-1',
    speaker: { kind: 'person', id: 'bettel' },
    speakerTitle: null,
    text: 'Luxembourg is ready to deepen cooperation in finance',
    form: 'reported',
    meetingId: 'm-1',
    saidOn: '2024-10-14',
    sourceIds: ['s-1'],
  },
};
const recorded: StatementEvent = {
  type: 'StatementRecorded',
  data: { ...recordBettel.data, classification: 'internal' },
};
const retracted: StatementEvent = {
  type: 'StatementRetracted',
  data: { statementId: 'st-1', reason: 'duplicate entry' },
};

describe('RecordStatement', () => {
  it('records the words as said, internal unless classified otherwise', () => {
    spec.given([]).when(recordBettel).then([recorded]);
  });

  it('records a ministry’s press service as the speaker, with a title and a partial date', () => {
    const data = {
      ...recordBettel.data,
      speaker: { kind: 'organisation' as const, id: 'mfa-press' },
      speakerTitle: 'Official Representative',
      saidOn: '2024-10',
    };
    spec
      .given([])
      .when({ type: 'RecordStatement', data })
      .then([{ type: 'StatementRecorded', data: { ...data, classification: 'internal' } }]);
    spec
      .given([])
      .when({ type: 'RecordStatement', data: { ...data, saidOn: null } })
      .then([
        { type: 'StatementRecorded', data: { ...data, saidOn: null, classification: 'internal' } },
      ]);
  });

  it('refuses a country as speaker, and an impossible date', () => {
    spec
      .given([])
      .when({
        ...recordBettel,
        data: { ...recordBettel.data, speaker: { kind: 'country', id: 'KAZ' } },
      })
      .thenFails('STATEMENT.SPEAKER_NOT_PERSON_OR_ORGANISATION');
    spec
      .given([])
      .when({ ...recordBettel, data: { ...recordBettel.data, saidOn: '2024-13' } })
      .thenFails('RECORD.INVALID_DATE');
  });

  it('refuses a statement recorded twice', () => {
    spec.given([recorded]).when(recordBettel).thenFails('STATEMENT.ALREADY_RECORDED');
  });

  it('refuses a statement without words or sources', () => {
    spec
      .given([])
      .when({ ...recordBettel, data: { ...recordBettel.data, text: '  ' } })
      .thenFails('STATEMENT.EMPTY');
    spec
      .given([])
      .when({ ...recordBettel, data: { ...recordBettel.data, sourceIds: [] } })
      .thenFails('RECORD.SOURCE_REQUIRED');
  });

  it('refuses an unknown classification', () => {
    const data = { ...recordBettel.data, classification: 'secret' as 'internal' };
    spec
      .given([])
      .when({ ...recordBettel, data })
      .thenFails('RECORD.UNKNOWN_CLASSIFICATION');
  });
});

describe('CorrectStatement', () => {
  const correct = (changes: object, reason = 'misheard') => ({
    type: 'CorrectStatement' as const,
    data: { statementId: 'st-1', changes, reason },
  });

  it('records only the fields that change, with the reason', () => {
    spec
      .given([recorded])
      .when(correct({ form: 'direct', saidOn: '2024-10-14' }, ' misheard '))
      .then([
        {
          type: 'StatementCorrected',
          data: { statementId: 'st-1', changes: { form: 'direct' }, reason: 'misheard' },
        },
      ]);
  });

  it('folds the correction into the statement and keeps its trail', () => {
    const state = spec
      .given([recorded])
      .when(correct({ form: 'direct' }))
      .thenState();
    expect(state).toMatchObject({
      status: 'recorded',
      record: { form: 'direct', text: recordBettel.data.text },
      corrections: [{ changes: { form: 'direct' }, reason: 'misheard' }],
    });
  });

  it('refuses a correction that changes nothing, or gives no reason', () => {
    spec
      .given([recorded])
      .when(correct({ form: 'reported' }))
      .thenFails('STATEMENT.NOTHING_TO_CORRECT');
    spec
      .given([recorded])
      .when(correct({ form: 'direct' }, ' '))
      .thenFails('RECORD.REASON_REQUIRED');
  });

  it('applies the recording rules to the corrected statement', () => {
    spec
      .given([recorded])
      .when(correct({ saidOn: '14.10.2024' }))
      .thenFails('RECORD.INVALID_DATE');
  });

  it('refuses to correct a statement never recorded, or retracted', () => {
    spec
      .given([])
      .when(correct({ form: 'direct' }))
      .thenFails('STATEMENT.NOT_FOUND');
    spec
      .given([recorded, retracted])
      .when(correct({ form: 'direct' }))
      .thenFails('STATEMENT.RETRACTED');
  });
});

describe('RetractStatement', () => {
  const retract = (reason: string) => ({
    type: 'RetractStatement' as const,
    data: { statementId: 'st-1', reason },
  });

  it('retracts a statement with the reason, keeping what it said', () => {
    spec.given([recorded]).when(retract(' duplicate entry ')).then([retracted]);
    const state = spec.given([recorded]).when(retract('duplicate entry')).thenState();
    expect(state).toMatchObject({ status: 'retracted', retractionReason: 'duplicate entry' });
  });

  it('refuses to retract twice, a statement never recorded, or without a reason', () => {
    spec.given([recorded, retracted]).when(retract('again')).thenFails('STATEMENT.RETRACTED');
    spec.given([]).when(retract('never was')).thenFails('STATEMENT.NOT_FOUND');
    spec.given([recorded]).when(retract('')).thenFails('RECORD.REASON_REQUIRED');
  });
});
