import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/errors';
import { recordErrors, requireClassification } from '../shared/record-lifecycle';
import type { Classification } from '../shared/vocabulary';
import type {
  DraftCommitted,
  DraftEvent,
  DraftItem,
  DraftItemKind,
  DraftProduct,
  DraftProposed,
} from './events';

export type DraftDecision = 'undecided' | 'accepted' | 'edited' | 'rejected';

/** An item as it stands: the machine's value, the officer's (if edited), and the decision. */
export type DraftItemState = DraftItem & {
  proposed: unknown;
  decision: DraftDecision;
  rejectionReason: string | null;
};

export type DraftRecord = Omit<DraftProposed['data'], 'items'> & {
  items: DraftItemState[];
  committed: Omit<DraftCommitted['data'], 'draftId'> | null;
};

export type DraftState = { status: 'empty' } | { status: 'recorded'; record: DraftRecord };

export const draftErrors = {
  ...recordErrors('DRAFT', 'Draft'),
  unknownItem: (path: string) =>
    new DomainError('DRAFT.UNKNOWN_ITEM', `the draft proposes nothing at ${path}`, {
      field: 'path',
    }),
  committed: (id: string) =>
    new DomainError('DRAFT.ALREADY_COMMITTED', `draft ${id} is committed; it changes no more`),
  nothingToCommit: (id: string) =>
    new DomainError('DRAFT.NOTHING_TO_COMMIT', `draft ${id} proposes no record to commit`),
  secondSource: () =>
    new DomainError('DRAFT.SECOND_SOURCE', 'a draft has one source: edit it instead', {
      field: 'kind',
    }),
  sourceRejected: () =>
    new DomainError(
      'DRAFT.SOURCE_REJECTED',
      'the source cannot be rejected: every committed record cites it',
      { field: 'path' },
    ),
};

export type ProposeDraft = {
  type: 'ProposeDraft';
  data: Omit<DraftProposed['data'], 'classification'> & { classification?: Classification };
};
export type EditDraftItem = {
  type: 'EditDraftItem';
  data: { draftId: string; path: string; value: unknown };
};
export type AddDraftItem = {
  type: 'AddDraftItem';
  data: { draftId: string; kind: DraftItemKind; value: unknown };
};
export type AcceptDraftItem = { type: 'AcceptDraftItem'; data: { draftId: string; path: string } };
export type RejectDraftItem = {
  type: 'RejectDraftItem';
  data: { draftId: string; path: string; reason: string | null };
};
/** Commit carries what the ordinary commands produced: the handler runs them, the draft records it. */
export type RecordDraftCommit = {
  type: 'RecordDraftCommit';
  data: DraftCommitted['data'];
};
export type DraftCommand =
  | ProposeDraft
  | EditDraftItem
  | AddDraftItem
  | AcceptDraftItem
  | RejectDraftItem
  | RecordDraftCommit;

function open(state: DraftState, id: string): DraftRecord {
  if (state.status === 'empty') throw draftErrors.notFound(id);
  if (state.record.committed) throw draftErrors.committed(id);
  return state.record;
}

function itemAt(draft: DraftRecord, path: string): DraftItemState {
  const item = draft.items.find((i) => i.path === path);
  if (!item) throw draftErrors.unknownItem(path);
  return item;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The items a commit records: every item not rejected, with the officer's value where edited. */
export function itemsToCommit(draft: DraftRecord): DraftItemState[] {
  return draft.items.filter((i) => i.decision !== 'rejected');
}

function decide(command: DraftCommand, state: DraftState): DraftEvent[] {
  const { draftId } = command.data;
  switch (command.type) {
    case 'ProposeDraft': {
      if (state.status !== 'empty') throw draftErrors.alreadyRecorded(draftId);
      const classification = requireClassification(command.data.classification, 'internal');
      return [{ type: 'DraftProposed', data: { ...command.data, classification } }];
    }
    case 'EditDraftItem': {
      const item = itemAt(open(state, draftId), command.data.path);
      if (same(item.value, command.data.value)) return [];
      return [{ type: 'DraftItemEdited', data: command.data }];
    }
    case 'AddDraftItem': {
      const draft = open(state, draftId);
      if (command.data.kind === 'source') throw draftErrors.secondSource();
      const n = draft.items.filter((i) => i.kind === command.data.kind).length;
      const path = `${command.data.kind}.${n}`;
      return [{ type: 'DraftItemAdded', data: { ...command.data, path } }];
    }
    case 'AcceptDraftItem': {
      const item = itemAt(open(state, draftId), command.data.path);
      if (item.decision === 'accepted') return [];
      return [{ type: 'DraftItemAccepted', data: command.data }];
    }
    case 'RejectDraftItem': {
      const item = itemAt(open(state, draftId), command.data.path);
      if (item.kind === 'source') throw draftErrors.sourceRejected();
      if (item.decision === 'rejected') return [];
      return [{ type: 'DraftItemRejected', data: command.data }];
    }
    case 'RecordDraftCommit': {
      if (state.status === 'empty') throw draftErrors.notFound(draftId);
      if (state.record.committed) return []; // a second commit writes nothing
      if (itemsToCommit(state.record).every((i) => i.kind === 'source'))
        throw draftErrors.nothingToCommit(draftId);
      return [{ type: 'DraftCommitted', data: command.data }];
    }
  }
}

function withItem(
  state: DraftState,
  path: string,
  change: (item: DraftItemState) => DraftItemState,
): DraftState {
  if (state.status === 'empty') return state;
  const items = state.record.items.map((i) => (i.path === path ? change(i) : i));
  return { ...state, record: { ...state.record, items } };
}

function evolve(state: DraftState, event: DraftEvent): DraftState {
  switch (event.type) {
    case 'DraftProposed': {
      const items = event.data.items.map((i) => ({
        ...i,
        proposed: i.value,
        decision: 'undecided' as const,
        rejectionReason: null,
      }));
      return { status: 'recorded', record: { ...event.data, items, committed: null } };
    }
    case 'DraftItemEdited':
      return withItem(state, event.data.path, (i) => ({
        ...i,
        value: event.data.value,
        decision: 'edited',
        rejectionReason: null,
      }));
    case 'DraftItemAdded': {
      if (state.status === 'empty') return state;
      const { draftId: _id, ...item } = event.data;
      const added: DraftItemState = {
        ...item,
        spans: [],
        proposed: null,
        decision: 'edited',
        rejectionReason: null,
      };
      return { ...state, record: { ...state.record, items: [...state.record.items, added] } };
    }
    case 'DraftItemAccepted':
      return withItem(state, event.data.path, (i) => ({
        ...i,
        decision: 'accepted',
        rejectionReason: null,
      }));
    case 'DraftItemRejected':
      return withItem(state, event.data.path, (i) => ({
        ...i,
        decision: 'rejected',
        rejectionReason: event.data.reason,
      }));
    case 'DraftCommitted': {
      if (state.status === 'empty') return state;
      const { draftId: _id, ...committed } = event.data;
      return { ...state, record: { ...state.record, committed } };
    }
  }
}

/** Stream `draft-<uuid>`: proposed once, edited item by item, committed once. Pure. */
export const draftDecider: Decider<DraftCommand, DraftEvent, DraftState> = {
  initialState: () => ({ status: 'empty' }),
  evolve,
  decide: (command, state) => decide(command, state),
};

export type { DraftProduct };
