import { specFor } from '../testing/given-when-then';
import type { DraftEvent, DraftItem } from './events';
import { draftDecider, type ProposeDraft } from './decide';

const spec = specFor(draftDecider);
const items: DraftItem[] = [
  { path: 'source', kind: 'source', value: { publisher: 'MFA' }, spans: [] },
  { path: 'meetings.0', kind: 'meetings', value: { date: '2024-10-14' }, spans: [[0, 10]] },
];
const propose: ProposeDraft = {
  type: 'ProposeDraft',
  data: {
    draftId: 'd-1',
    text: 'Minister met minister.',
    source: { url: null, publisher: 'MFA', title: null, published: '2024-10-14' },
    items,
    emptyBecause: null,
  },
};
const proposed: DraftEvent = {
  type: 'DraftProposed',
  data: { ...propose.data, classification: 'internal' },
};
const committed: DraftEvent = {
  type: 'DraftCommitted',
  data: {
    draftId: 'd-1',
    sourceId: 's-1',
    produced: [{ path: 'meetings.0', kind: 'meetings', id: 'm-1' }],
    refused: [],
  },
};
const edit = (path: string, value: unknown) =>
  ({ type: 'EditDraftItem', data: { draftId: 'd-1', path, value } }) as const;

describe('drafts', () => {
  it('records what the machine proposed, internal unless classified', () => {
    spec.given([]).when(propose).then([proposed]);
    spec.given([proposed]).when(propose).thenFails('DRAFT.ALREADY_RECORDED');
  });

  it('keeps the machine proposal beside the officer edit', () => {
    const state = spec
      .given([proposed])
      .when(edit('meetings.0', { date: '2024-10-15' }))
      .thenState();
    if (state.status === 'empty') throw new Error('no draft');
    expect(state.record.items[1]).toMatchObject({
      value: { date: '2024-10-15' },
      proposed: { date: '2024-10-14' },
      decision: 'edited',
    });
  });

  it('writes nothing for an edit that changes nothing, and refuses an unknown item', () => {
    spec
      .given([proposed])
      .when(edit('meetings.0', { date: '2024-10-14' }))
      .then([]);
    spec.given([proposed]).when(edit('meetings.9', {})).thenFails('DRAFT.UNKNOWN_ITEM');
  });

  it('accepts and rejects items, but never the source every record cites', () => {
    const reject = (path: string) =>
      ({ type: 'RejectDraftItem', data: { draftId: 'd-1', path, reason: null } }) as const;
    spec
      .given([proposed])
      .when(reject('meetings.0'))
      .then([
        { type: 'DraftItemRejected', data: { draftId: 'd-1', path: 'meetings.0', reason: null } },
      ]);
    spec.given([proposed]).when(reject('source')).thenFails('DRAFT.SOURCE_REJECTED');
    spec
      .given([proposed])
      .when({ type: 'AcceptDraftItem', data: { draftId: 'd-1', path: 'meetings.0' } })
      .then([{ type: 'DraftItemAccepted', data: { draftId: 'd-1', path: 'meetings.0' } }]);
  });

  it('commits once: a second commit writes nothing, and a committed draft changes no more', () => {
    const commit = { type: 'RecordDraftCommit', data: committed.data } as const;
    spec.given([proposed]).when(commit).then([committed]);
    spec.given([proposed, committed]).when(commit).then([]);
    spec
      .given([proposed, committed])
      .when(edit('meetings.0', {}))
      .thenFails('DRAFT.ALREADY_COMMITTED');
  });

  it('adds a record the machine missed at the next path of its kind, never a second source', () => {
    const add = (kind: 'meetings' | 'source') =>
      ({ type: 'AddDraftItem', data: { draftId: 'd-1', kind, value: { date: null } } }) as const;
    spec
      .given([proposed])
      .when(add('meetings'))
      .then([
        {
          type: 'DraftItemAdded',
          data: { draftId: 'd-1', kind: 'meetings', value: { date: null }, path: 'meetings.1' },
        },
      ]);
    spec.given([proposed]).when(add('source')).thenFails('DRAFT.SECOND_SOURCE');
    spec.given([proposed, committed]).when(add('meetings')).thenFails('DRAFT.ALREADY_COMMITTED');
  });

  it('refuses to commit a draft with every record rejected', () => {
    const rejected: DraftEvent = {
      type: 'DraftItemRejected',
      data: { draftId: 'd-1', path: 'meetings.0', reason: 'not ours' },
    };
    spec
      .given([proposed, rejected])
      .when({ type: 'RecordDraftCommit', data: committed.data })
      .thenFails('DRAFT.NOTHING_TO_COMMIT');
  });
});
