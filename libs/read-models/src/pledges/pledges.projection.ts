import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, Row, StreamHistory } from '@chancery/projections';
import {
  isRating,
  type Classification,
  type CooperationPledged,
  type Figure,
  type PartialDate,
  type PledgeFacts,
  type PledgeLinked,
  type PledgeProgressReported,
  type PledgeUnlinked,
} from '@chancery/diplomacy';
import { corrected, dataOf, Derivation, partyKey, recorded, retracted } from '../shared/records';
import { applyTopicEvent, TOPIC_EVENTS, TOPIC_NAMES_TABLE } from '../shared/topic-names';
import { dateColumns } from '../timeline/date-columns';
import { PLEDGE_TABLES } from './pledges.tables';

type Pledge = PledgeFacts & { pledgedOn: PartialDate | null; classification: Classification };

const valueOf = (f: Figure | undefined) =>
  !f || isRating(f) ? null : 'amount' in f ? f.amount : f.quantity;
const unitOf = (f: Figure | undefined) =>
  !f || isRating(f) ? null : 'amount' in f ? f.currency : f.unit;

/** The first figure with a number: what `progress` is measured against. */
const measured = (p: Pledge) => p.targets.find((t) => !isRating(t));

/** Every party the pledge names, with its role; a party on both sides is listed in both. */
function partiesOf(p: Pledge): Array<[party: string, role: string]> {
  const rows = new Map<string, [string, string]>();
  for (const [role, refs] of [
    ['pledger', p.pledgers],
    ['beneficiary', p.beneficiaries],
  ] as const)
    for (const ref of refs) rows.set(`${role}|${partyKey(ref)}`, [partyKey(ref), role]);
  return [...rows.values()];
}

/**
 * Corrections re-derive only the pledge's facts; status, level and progress come from their own
 * events, so the derived upsert leaves those columns alone. `clear` removes the party and area
 * rows the facts before wrote, and keeps the pledge's own row.
 */
const pledges: Derivation<Pledge> = {
  derive(tx, id, p) {
    const [pledger] = p.pledgers;
    const [beneficiary] = p.beneficiaries;
    const target = measured(p);
    const pledgedOn = dateColumns(p.pledgedOn);
    const targetDate = dateColumns(p.targetDate);
    tx.upsert('pledges', {
      pledge_id: id,
      pledger: pledger ? partyKey(pledger) : null,
      pledger_kind: pledger?.kind ?? null,
      beneficiary: beneficiary ? partyKey(beneficiary) : null,
      beneficiary_kind: beneficiary?.kind ?? null,
      pledgers: p.pledgers.map(partyKey),
      beneficiaries: p.beneficiaries.map(partyKey),
      beneficiary_group: p.beneficiaryGroup,
      mutual: p.mutual ? 1 : 0,
      area: p.areas[0] ?? null,
      areas: p.areas,
      commitment: p.commitment,
      target: target ?? null,
      targets: p.targets,
      target_amount: valueOf(target),
      target_unit: unitOf(target),
      target_date: p.targetDate,
      target_date_from: targetDate.from,
      target_date_to: targetDate.to,
      pledged_on: p.pledgedOn,
      pledged_on_from: pledgedOn.from,
      pledged_on_to: pledgedOn.to,
      pledged_on_sort: pledgedOn.sort,
      meeting_id: p.meetingId,
      document_id: p.documentId,
      classification: p.classification,
    });
    for (const [party, role] of partiesOf(p))
      tx.upsert('pledge_parties', { party, role, pledge_id: id });
    for (const area of new Set(p.areas)) tx.upsert('pledge_areas', { area, pledge_id: id });
  },
  clear(tx, id, p) {
    for (const [party, role] of partiesOf(p))
      tx.delete('pledge_parties', { party, role, pledge_id: id });
    for (const area of new Set(p.areas)) tx.delete('pledge_areas', { area, pledge_id: id });
  },
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

/** The last report's figures; `achieved_amount` moves only with a figure in the target's unit. */
async function reported(tx: ReadModelWriter, id: string, r: PledgeProgressReported['data']) {
  const set: Row = { last_report_on: r.reportedOn, last_note: r.note };
  if (r.figures.length) set.figures = r.figures;
  const row = await tx.get('pledges', { pledge_id: id });
  const unit = row?.target_unit ?? null;
  const matching = r.figures.find((f) => unit !== null && unitOf(f) === unit);
  if (matching) set.achieved_amount = valueOf(matching);
  tx.update('pledges', { pledge_id: id }, set);
}

const ENDINGS: Record<string, [status: string, dateField: string]> = {
  PledgeFulfilled: ['fulfilled', 'fulfilledOn'],
  PledgeLapsed: ['lapsed', 'lapsedOn'],
  PledgeWithdrawn: ['withdrawn', 'withdrawnOn'],
};

/** The pledge register: status, level, progress against a quantified target, links. */
export const pledgesProjection: Projection = {
  name: 'pledges',
  upcast: upcastEvent,
  // 3: areas read as their surviving topics (`topic_names`).
  // 4: several parties, areas and targets; partial dates; links between pledges.
  version: 4,
  onPoison: 'skip',
  tables: [...PLEDGE_TABLES, TOPIC_NAMES_TABLE],
  handles: [
    'CooperationPledged',
    'PledgeCorrected',
    'PledgeRetracted',
    'PledgeLevelChanged',
    'PledgeProgressReported',
    'PledgeLinked',
    'PledgeUnlinked',
    ...Object.keys(ENDINGS),
    ...TOPIC_EVENTS,
  ],
  async apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) {
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
        await retracted(tx, id, event, history, pledges);
        return tx.delete('pledges', { pledge_id: id });
      case 'PledgeLevelChanged':
        return tx.update('pledges', { pledge_id: id }, { level: event.data.to });
      case 'PledgeProgressReported':
        return reported(tx, id, dataOf<PledgeProgressReported['data']>(event));
      case 'PledgeLinked': {
        const { relation, otherPledgeId, certainty } = dataOf<PledgeLinked['data']>(event);
        return tx.upsert('pledge_links', {
          pledge_id: id,
          relation,
          other_pledge_id: otherPledgeId,
          certainty,
        });
      }
      case 'PledgeUnlinked': {
        const { relation, otherPledgeId } = dataOf<PledgeUnlinked['data']>(event);
        return tx.delete('pledge_links', {
          pledge_id: id,
          relation,
          other_pledge_id: otherPledgeId,
        });
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
