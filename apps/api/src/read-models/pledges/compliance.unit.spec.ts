import type { Row } from '@chancery/projections';
import { TopicNames } from '@chancery/read-models';
import { complianceTable } from './compliance';

const topics = new TopicNames([
  { slug: 'energy', survivor: 'energy', label: 'Energy' },
  { slug: 'power', survivor: 'energy', label: 'Energy' },
]);
const row = (id: string, facts: Partial<Row> = {}): Row => ({
  pledge_id: id,
  pledgers: ['LUX'],
  areas: ['energy'],
  status: 'open',
  target_date_to: null,
  ...facts,
});
const table = (rows: Row[], extra: { groups?: Map<string, string>; only?: Set<string> } = {}) =>
  complianceTable(rows, {
    today: '2026-12-31',
    groups: extra.groups ?? new Map(),
    above: new Map([['ses', ['LUX']]]),
    topics,
    only: extra.only ?? null,
  });

describe('compliance: fulfilled among due, per pledger and area', () => {
  it('counts a pledge with no deadline only once resolved, and a year deadline after its last day', () => {
    expect(table([row('none'), row('by2026', { target_date_to: '2026-12-31' })])).toEqual([]);
    expect(
      table([
        row('late', { target_date_to: '2026-12-30' }),
        row('done', { status: 'fulfilled' }),
        row('gone', { status: 'lapsed' }),
        row('withdrawn', { status: 'withdrawn', target_date_to: '2025-06-30' }),
      ]),
    ).toEqual([{ pledger: 'LUX', area: 'energy', due: 4, fulfilled: 1, compliance: 0.25 }]);
  });

  it('counts a same-as group once: fulfilled if any of it is', () => {
    const groups = new Map([
      ['a', 'a'],
      ['b', 'a'],
    ]);
    const rows = [
      row('a', { status: 'lapsed' }),
      row('b', { status: 'fulfilled', areas: ['power'] }),
    ];
    expect(table(rows, { groups })).toEqual([
      { pledger: 'LUX', area: 'energy', due: 1, fulfilled: 1, compliance: 1 },
    ]);
  });

  it('counts an organisation’s pledge for it and for its country; an unstated pledger as null', () => {
    const rows = [
      row('s', { pledgers: ['ses'], status: 'fulfilled' }),
      row('u', { pledgers: [], status: 'lapsed', areas: [] }),
    ];
    expect(table(rows)).toEqual([
      { pledger: 'LUX', area: 'energy', due: 1, fulfilled: 1, compliance: 1 },
      { pledger: 'ses', area: 'energy', due: 1, fulfilled: 1, compliance: 1 },
      { pledger: null, area: null, due: 1, fulfilled: 0, compliance: 0 },
    ]);
    expect(table(rows, { only: new Set(['ses']) }).map((r) => r.pledger)).toEqual(['ses']);
  });
});
