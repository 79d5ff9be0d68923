import type { TableSpec } from '@chancery/projections';

/**
 * The register: one row per pledge with its lists as JSON and the first of each as plain columns
 * (what lists sort and show first); who and what it names are rows of their own, so a filter on a
 * party or an area is an index range. Dates: the text as stated plus the span's days
 * (`_from`/`_to`, `date-columns.ts`); `target_date_to` is the deadline (null: none stated).
 */
export const PLEDGE_TABLES: TableSpec[] = [
  {
    name: 'pledges',
    columns: {
      pledge_id: 'text',
      pledger: 'text',
      pledger_kind: 'text',
      beneficiary: 'text',
      beneficiary_kind: 'text',
      pledgers: 'json',
      beneficiaries: 'json',
      beneficiary_group: 'text',
      mutual: 'integer',
      area: 'text',
      areas: 'json',
      commitment: 'text',
      target: 'json',
      targets: 'json',
      target_amount: 'real',
      target_unit: 'text',
      target_date: 'text',
      target_date_from: 'text',
      target_date_to: 'text',
      pledged_on: 'text',
      pledged_on_from: 'text',
      pledged_on_to: 'text',
      pledged_on_sort: 'text',
      meeting_id: 'text',
      document_id: 'text',
      classification: 'text',
      level: 'text',
      status: 'text',
      status_on: 'text',
      achieved_amount: 'real',
      figures: 'json',
      last_report_on: 'text',
      last_note: 'text',
    },
    primaryKey: ['pledge_id'],
    indexes: [['status', 'target_date_to'], ['pledged_on_sort']],
  },
  {
    // `role`: pledger or beneficiary.
    name: 'pledge_parties',
    columns: { party: 'text', role: 'text', pledge_id: 'text' },
    primaryKey: ['party', 'role', 'pledge_id'],
  },
  {
    name: 'pledge_areas',
    columns: { area: 'text', pledge_id: 'text' },
    primaryKey: ['area', 'pledge_id'],
  },
  {
    // Links as the linking pledge states them; same-as pairs are read both ways at query time.
    name: 'pledge_links',
    columns: { pledge_id: 'text', relation: 'text', other_pledge_id: 'text', certainty: 'text' },
    primaryKey: ['pledge_id', 'relation', 'other_pledge_id'],
    indexes: [['relation'], ['other_pledge_id']],
  },
];
