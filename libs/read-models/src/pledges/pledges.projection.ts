import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, Row, StreamHistory } from '@chancery/projections';
import {
  isMoney,
  type Classification,
  type CooperationPledged,
  type Measure,
  type PledgeFacts,
  type PledgeProgressReported,
} from '@chancery/diplomacy';
import { corrected, dataOf, Derivation, partyKey, recorded } from '../shared/records';
import { applyTopicEvent, TOPIC_EVENTS, TOPIC_NAMES_TABLE } from '../shared/topic-names';

type Pledge = PledgeFacts & { pledgedOn: string; classification: Classification };

const amount = (m: Measure | null) => (m === null ? null : isMoney(m) ? m.amount : m.quantity);
const unit = (m: Measure | null) => (m === null ? null : isMoney(m) ? m.currency : m.unit);

/**
 * Corrections re-derive only the pledge's facts; status, level and progress come from their own
 * events, so the derived upsert leaves those columns alone and `clear` keeps the row.
 */
const pledges: Derivation<Pledge> = {
  derive(tx, id, p) {
    tx.upsert('pledges', {
      pledge_id: id,
      pledger: partyKey(p.pledger),
      pledger_kind: p.pledger.kind,
      beneficiary: partyKey(p.beneficiary),
      beneficiary_kind: p.beneficiary.kind,
      area: p.area,
      commitment: p.commitment,
      target: p.target,
      target_amount: amount(p.target),
      target_unit: unit(p.target),
      target_date: p.targetDate,
      pledged_on: p.pledgedOn,
      meeting_id: p.meetingId,
      classification: p.classification,
    });
  },
  clear: () => undefined,
};

async function correct(
  tx: ReadModelWriter,
  id: string,
  event: RecordedEvent,
  history: StreamHistory,
) {
  await corrected(tx, id, event, history, pledges);
  const changes = event.data.changes as Partial<Pledge>;
  if (changes.level) tx.update('pledges', { pledge_id: id }, { level: changes.level });
}

const ENDINGS: Record<string, [status: string, dateField: string]> = {
  PledgeFulfilled: ['fulfilled', 'fulfilledOn'],
  PledgeLapsed: ['lapsed', 'lapsedOn'],
  PledgeWithdrawn: ['withdrawn', 'withdrawnOn'],
};

/** The pledge register: status, level, progress against a quantified target. */
export const pledgesProjection: Projection = {
  name: 'pledges',
  upcast: upcastEvent,
  // 3: areas read as their surviving topics (`topic_names`).
  version: 3,
  onPoison: 'skip',
  tables: [
    {
      name: 'pledges',
      columns: {
        pledge_id: 'text',
        pledger: 'text',
        pledger_kind: 'text',
        beneficiary: 'text',
        beneficiary_kind: 'text',
        area: 'text',
        commitment: 'text',
        target: 'json',
        target_amount: 'real',
        target_unit: 'text',
        target_date: 'text',
        pledged_on: 'text',
        meeting_id: 'text',
        classification: 'text',
        level: 'text',
        status: 'text',
        status_on: 'text',
        achieved_amount: 'real',
        last_report_on: 'text',
        last_note: 'text',
      },
      primaryKey: ['pledge_id'],
      indexes: [
        ['pledger', 'area'],
        ['beneficiary'],
        ['area'],
        ['status', 'target_date'],
        ['pledged_on'],
      ],
    },
    TOPIC_NAMES_TABLE,
  ],
  handles: [
    'CooperationPledged',
    'PledgeCorrected',
    'PledgeRetracted',
    'PledgeLevelChanged',
    'PledgeProgressReported',
    ...Object.keys(ENDINGS),
    ...TOPIC_EVENTS,
  ],
  apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) {
    if (applyTopicEvent(event, tx)) return;
    const id = String(event.data.pledgeId);
    switch (event.type) {
      case 'CooperationPledged': {
        const p = dataOf<CooperationPledged['data']>(event);
        recorded(tx, id, p, pledges);
        tx.update(
          'pledges',
          { pledge_id: id },
          { level: p.level, status: 'open', status_on: p.pledgedOn },
        );
        return;
      }
      case 'PledgeCorrected':
        return correct(tx, id, event, history);
      case 'PledgeRetracted':
        return tx.delete('pledges', { pledge_id: id });
      case 'PledgeLevelChanged':
        return tx.update('pledges', { pledge_id: id }, { level: event.data.to });
      case 'PledgeProgressReported': {
        const r = dataOf<PledgeProgressReported['data']>(event);
        const set: Row = { last_report_on: r.reportedOn, last_note: r.note };
        // The figure is cumulative: a report with only a note leaves the last one standing.
        if (r.achieved !== null) set.achieved_amount = amount(r.achieved);
        return tx.update('pledges', { pledge_id: id }, set);
      }
    }
    const ending = ENDINGS[event.type];
    if (ending)
      tx.update(
        'pledges',
        { pledge_id: id },
        { status: ending[0], status_on: event.data[ending[1]] },
      );
  },
};
