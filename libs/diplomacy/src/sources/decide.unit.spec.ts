import { specFor } from '../testing/given-when-then';
import type { SourceEvent } from './events';
import { sourceDecider, type CorrectSource, type RegisterSource } from './decide';

const spec = specFor(sourceDecider);
const registerRelease: RegisterSource = {
  type: 'RegisterSource',
  data: {
    sourceId: 's-1',
    type: 'press-release',
    publisher: 'MFA of Kazakhstan',
    title: 'Draft title',
    publishedOn: '2024-10-14',
    url: null,
  },
};
const registered: SourceEvent = {
  type: 'SourceRegistered',
  data: { ...registerRelease.data, classification: 'internal' },
};
const retracted: SourceEvent = {
  type: 'SourceRetracted',
  data: { sourceId: 's-1', reason: 'registered twice' },
};
const correct = (changes: CorrectSource['data']['changes'], reason = 'read the release again') =>
  ({ type: 'CorrectSource', data: { sourceId: 's-1', changes, reason } }) as const;

describe('RegisterSource', () => {
  it('holds a publication date as precise as the source, or not stated, and no title', () => {
    for (const publishedOn of ['2024-10', '2024-Q4', 'approximately 2024', null]) {
      const data = { ...registerRelease.data, title: null, publishedOn };
      spec
        .given([])
        .when({ type: 'RegisterSource', data })
        .then([{ type: 'SourceRegistered', data: { ...data, classification: 'internal' } }]);
    }
  });

  it('refuses an impossible partial date', () => {
    for (const publishedOn of ['2024-13', 'before', '2024-02-30']) {
      spec
        .given([])
        .when({ type: 'RegisterSource', data: { ...registerRelease.data, publishedOn } })
        .thenFails('RECORD.INVALID_DATE');
    }
  });
});

describe('CorrectSource', () => {
  it('keeps only the facts that change, with the reason', () => {
    spec
      .given([registered])
      .when(correct({ title: 'Final title', publisher: 'MFA of Kazakhstan' }))
      .then([
        {
          type: 'SourceCorrected',
          data: {
            sourceId: 's-1',
            changes: { title: 'Final title' },
            reason: 'read the release again',
          },
        },
      ]);
  });

  it('refuses a correction that changes nothing, has no reason, or breaks a date', () => {
    spec
      .given([registered])
      .when(correct({ title: 'Draft title' }))
      .thenFails('SOURCE.NOTHING_TO_CORRECT');
    spec
      .given([registered])
      .when(correct({ title: 'Final' }, ' '))
      .thenFails('RECORD.REASON_REQUIRED');
    spec
      .given([registered])
      .when(correct({ publishedOn: '2024-02-30' }))
      .thenFails('RECORD.INVALID_DATE');
  });

  it('refuses to correct a source never registered, or retracted', () => {
    spec
      .given([])
      .when(correct({ title: 'Final' }))
      .thenFails('SOURCE.NOT_FOUND');
    spec
      .given([registered, retracted])
      .when(correct({ title: 'Final' }))
      .thenFails('SOURCE.RETRACTED');
  });
});

describe('RetractSource', () => {
  const retract = (reason = 'registered twice') =>
    ({ type: 'RetractSource', data: { sourceId: 's-1', reason } }) as const;

  it('retracts a source with the reason, once', () => {
    spec.given([registered]).when(retract()).then([retracted]);
    spec.given([registered, retracted]).when(retract()).thenFails('SOURCE.RETRACTED');
  });

  it('refuses a retraction without a reason', () => {
    spec.given([registered]).when(retract('')).thenFails('RECORD.REASON_REQUIRED');
  });
});
