import type { TableSpec } from '@chancery/projections';

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
      classification: 'text',
    },
    primaryKey: ['party'],
  },
  {
    // Once per pair, `party` < `counterpart`: "all partnerships of KAZ" is a range on each side.
    name: 'engagements',
    columns: {
      party: 'text',
      counterpart: 'text',
      record_id: 'text',
      kind: 'text',
      date: 'text',
      title: 'text',
      format: 'text',
      topics: 'json',
      people: 'json',
      classification: 'text',
    },
    primaryKey: ['party', 'counterpart', 'record_id'],
    indexes: [['counterpart', 'party']],
  },
  {
    // One row per pledge: its pair (once, as engagements) and its status and current level.
    name: 'pledges',
    columns: {
      pledge_id: 'text',
      party: 'text',
      counterpart: 'text',
      pledger: 'text',
      area: 'text',
      commitment: 'text',
      target_date: 'text',
      classification: 'text',
      status: 'text',
      level: 'text',
    },
    primaryKey: ['pledge_id'],
    // Both sides: a party's list finds its pairs where it is the lower key and where the higher.
    indexes: [
      ['party', 'counterpart'],
      ['counterpart', 'party'],
    ],
  },
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
