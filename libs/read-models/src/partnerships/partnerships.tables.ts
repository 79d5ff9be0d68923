import type { TableSpec } from '@chancery/projections';
import { PARTNERSHIP_PLEDGE_TABLES } from './partnership-pledges';

/** Rows, not counters, each with its classification: a clearance filter can recompute any figure. */
export const PARTNERSHIP_TABLES: TableSpec[] = [
  {
    name: 'parties',
    columns: {
      party: 'text',
      kind: 'text',
      name: 'text',
      acronym: 'text',
      home_country: 'text',
      // The organisation it is part of: pledges roll up to it and to the home country.
      part_of: 'text',
      classification: 'text',
    },
    primaryKey: ['party'],
    indexes: [['home_country'], ['part_of']],
  },
  {
    // Once per pair, `party` < `counterpart`: "all partnerships of KAZ" is a range on each side.
    name: 'engagements',
    columns: {
      party: 'text',
      counterpart: 'text',
      record_id: 'text',
      kind: 'text',
      // As stated (`2024-10`, null when not stated), its span, and `<first day>|<date>`.
      date: 'text',
      date_from: 'text',
      date_to: 'text',
      contact: 'text',
      title: 'text',
      format: 'text',
      format_name: 'text',
      topics: 'json',
      people: 'json',
      classification: 'text',
    },
    primaryKey: ['party', 'counterpart', 'record_id'],
    indexes: [['counterpart', 'party']],
  },
  {
    // A multilateral session once per party to it (its members, sides and named parties), with
    // all of them in `parties`: a pair's sessions are those both parties' rows name.
    name: 'sessions',
    columns: {
      party: 'text',
      record_id: 'text',
      kind: 'text',
      date: 'text',
      date_from: 'text',
      date_to: 'text',
      contact: 'text',
      title: 'text',
      format: 'text',
      format_name: 'text',
      topics: 'json',
      people: 'json',
      parties: 'json',
      classification: 'text',
    },
    primaryKey: ['party', 'record_id'],
  },
  ...PARTNERSHIP_PLEDGE_TABLES,
  {
    name: 'follow_ups',
    columns: {
      follow_up_id: 'text',
      action: 'text',
      assignee: 'text',
      due_date: 'text',
      status: 'text',
      meeting_id: 'text',
      pledge_id: 'text',
      classification: 'text',
    },
    primaryKey: ['follow_up_id'],
    indexes: [['meeting_id'], ['pledge_id']],
  },
  {
    name: 'indicators',
    columns: {
      party: 'text',
      counterpart: 'text',
      record_id: 'text',
      measures: 'text',
      figure: 'json',
      period: 'json',
      classification: 'text',
    },
    primaryKey: ['party', 'counterpart', 'record_id'],
    indexes: [['counterpart', 'party']],
  },
  {
    name: 'people',
    columns: { person_id: 'text', name: 'text', classification: 'text' },
    primaryKey: ['person_id'],
  },
  {
    name: 'positions',
    columns: {
      person_id: 'text',
      position_id: 'text',
      title: 'text',
      at_party: 'text',
      from_date: 'text',
      to_date: 'text',
    },
    primaryKey: ['person_id', 'position_id'],
  },
];
