import type { RecordedEvent } from '@chancery/event-store';
import type { ReadModelWriter, Row, StreamHistory, TableSpec } from '@chancery/projections';
import type {
  Classification,
  CooperationPledged,
  PartialDate,
  PledgeFacts,
  PledgeLinked,
  PledgeUnlinked,
} from '@chancery/diplomacy';
import { dataOf, factsBefore, partyKey } from '../shared/records';

type Pledge = PledgeFacts & { pledgedOn: PartialDate | null; classification: Classification };

/**
 * A pledge in the partnerships read model: one row by its id (facts, status, level), and one
 * `pledge_pairs` row per pair of parties it joins, stored once per pair as engagements are
 * (`party` < `counterpart`). Organisations' roll-up to their country and parent, and same-as
 * groups counted once, are applied at query time (`pledge_links`, the registry's `parties`).
 */
export const PARTNERSHIP_PLEDGE_TABLES: TableSpec[] = [
  {
    name: 'pledges',
    columns: {
      pledge_id: 'text',
      pledgers: 'json',
      beneficiaries: 'json',
      beneficiary_group: 'text',
      mutual: 'integer',
      areas: 'json',
      commitment: 'text',
      target_date: 'text',
      pledged_on: 'text',
      classification: 'text',
      status: 'text',
      level: 'text',
    },
    primaryKey: ['pledge_id'],
  },
  {
    name: 'pledge_pairs',
    columns: {
      party: 'text',
      counterpart: 'text',
      pledge_id: 'text',
      classification: 'text',
    },
    primaryKey: ['party', 'counterpart', 'pledge_id'],
    indexes: [['counterpart', 'party']],
  },
  {
    name: 'pledge_links',
    columns: { pledge_id: 'text', relation: 'text', other_pledge_id: 'text', certainty: 'text' },
    primaryKey: ['pledge_id', 'relation', 'other_pledge_id'],
    indexes: [['relation']],
  },
];

/**
 * The pairs a pledge joins: each pledger with each beneficiary, and pledgers with one another
 * (co-pledgers of a memorandum or a joint commitment); beneficiaries are not paired together.
 */
export function pledgePairs(p: Pledge): Array<[string, string]> {
  const pledgers = [...new Set(p.pledgers.map(partyKey))];
  const beneficiaries = [...new Set(p.beneficiaries.map(partyKey))];
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    if (a === b) return;
    const pair: [string, string] = a < b ? [a, b] : [b, a];
    pairs.set(pair.join('|'), pair);
  };
  for (const [i, a] of pledgers.entries()) {
    for (const b of beneficiaries) add(a, b);
    for (const b of pledgers.slice(i + 1)) add(a, b);
  }
  return [...pairs.values()];
}

function factsRow(p: Pledge): Row {
  return {
    pledgers: p.pledgers.map(partyKey),
    beneficiaries: p.beneficiaries.map(partyKey),
    beneficiary_group: p.beneficiaryGroup,
    mutual: p.mutual ? 1 : 0,
    areas: p.areas,
    commitment: p.commitment,
    target_date: p.targetDate,
    pledged_on: p.pledgedOn,
    classification: p.classification,
  };
}

function writePairs(tx: ReadModelWriter, id: string, p: Pledge) {
  for (const [party, counterpart] of pledgePairs(p))
    tx.upsert('pledge_pairs', {
      party,
      counterpart,
      pledge_id: id,
      classification: p.classification,
    });
}

function clearPairs(tx: ReadModelWriter, id: string, p: Pledge) {
  for (const [party, counterpart] of pledgePairs(p))
    tx.delete('pledge_pairs', { party, counterpart, pledge_id: id });
}

const ENDINGS: Record<string, string> = {
  PledgeFulfilled: 'fulfilled',
  PledgeLapsed: 'lapsed',
  PledgeWithdrawn: 'withdrawn',
};

export const PARTNERSHIP_PLEDGE_EVENTS = [
  'CooperationPledged',
  'PledgeCorrected',
  'PledgeRetracted',
  'PledgeLevelChanged',
  'PledgeLinked',
  'PledgeUnlinked',
  ...Object.keys(ENDINGS),
];

/**
 * A correction rewrites the facts and the pairs, never the status, and the level only when it
 * states one: its facts hold the level as pledged, not the one later level changes set.
 */
async function correct(
  tx: ReadModelWriter,
  id: string,
  event: RecordedEvent,
  history: StreamHistory,
) {
  const before = await factsBefore<Pledge>(event, history);
  if (!before) return;
  const changes = event.data.changes as Partial<Pledge>;
  const after = { ...before, ...changes };
  clearPairs(tx, id, before);
  writePairs(tx, id, after);
  const row = factsRow(after);
  if (changes.level) row.level = changes.level;
  tx.update('pledges', { pledge_id: id }, row);
}

/** Applies a pledge event to the partnerships tables. */
export async function applyPledgeEvent(
  event: RecordedEvent,
  tx: ReadModelWriter,
  history: StreamHistory,
): Promise<void> {
  const id = String(event.data.pledgeId);
  switch (event.type) {
    case 'CooperationPledged': {
      const p = dataOf<CooperationPledged['data']>(event);
      tx.upsert('pledges', { pledge_id: id, ...factsRow(p), status: 'open', level: p.level });
      return writePairs(tx, id, p);
    }
    case 'PledgeCorrected':
      return correct(tx, id, event, history);
    case 'PledgeRetracted': {
      const before = await factsBefore<Pledge>(event, history);
      if (before) clearPairs(tx, id, before);
      return tx.delete('pledges', { pledge_id: id });
    }
    case 'PledgeLevelChanged':
      return tx.update('pledges', { pledge_id: id }, { level: event.data.to });
    case 'PledgeLinked': {
      const { relation, otherPledgeId, certainty } = dataOf<PledgeLinked['data']>(event);
      const link = { pledge_id: id, relation, other_pledge_id: otherPledgeId };
      return tx.upsert('pledge_links', { ...link, certainty });
    }
    case 'PledgeUnlinked': {
      const { relation, otherPledgeId } = dataOf<PledgeUnlinked['data']>(event);
      return tx.delete('pledge_links', { pledge_id: id, relation, other_pledge_id: otherPledgeId });
    }
  }
  if (ENDINGS[event.type]) tx.update('pledges', { pledge_id: id }, { status: ENDINGS[event.type] });
}
