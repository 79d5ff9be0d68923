import type { Condition, ReadModelReader, Row, Where } from '@chancery/projections';
import type { Classification } from '@chancery/identity';
import { visibleTo } from '../shared/clearance';
import { hitOf } from '../search/search.queries';

/** How far ahead home looks for engagements and pledge deadlines. */
export const HORIZON_DAYS = 30;
const LISTED = 8;

export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Open follow-ups of these assignees: how many, how many overdue, the most urgent first. */
export async function openFollowUps(
  reader: ReadModelReader,
  assignee: Condition,
  levels: readonly Classification[],
  today: string,
) {
  const where: Where = { ...visibleTo(levels), status: 'open', assignee };
  const overdueWhere: Where = { ...where, due_date: { lt: today } };
  // Due-date order puts the overdue (due before today) first.
  const rows = await reader.select('follow_ups', {
    where,
    orderBy: [
      ['due_date', 'asc'],
      ['follow_up_id', 'asc'],
    ],
    limit: LISTED,
  });
  return {
    open: await reader.count('follow_ups', where),
    overdue: await reader.count('follow_ups', overdueWhere),
    items: rows.map((r: Row) => ({
      followUpId: String(r.follow_up_id),
      action: r.action,
      assignee: r.assignee,
      dueDate: r.due_date,
      overdue: String(r.due_date) < today,
      pledgeId: r.pledge_id,
      meetingId: r.meeting_id,
    })),
  };
}

/** Meetings and visits dated from today to the horizon, soonest first. */
export async function upcomingEngagements(
  search: ReadModelReader,
  levels: readonly Classification[],
  today: string,
) {
  const where: Where = {
    ...visibleTo(levels),
    kind: { in: ['meeting', 'visit'] },
    date: { gte: today, lte: addDays(today, HORIZON_DAYS) },
  };
  const rows = await search.select('records', {
    where,
    orderBy: [
      ['date', 'asc'],
      ['record_id', 'asc'],
    ],
    limit: LISTED,
  });
  return { total: await search.count('records', where), items: rows.map(hitOf) };
}

/**
 * Open pledges whose deadline (the last day their target date may be: "2026" is 31 December
 * 2026) falls from today to the horizon, soonest first.
 */
export async function pledgeDeadlines(
  pledges: ReadModelReader,
  levels: readonly Classification[],
  today: string,
) {
  const where: Where = {
    ...visibleTo(levels),
    status: 'open',
    target_date_to: { gte: today, lte: addDays(today, HORIZON_DAYS) },
  };
  const rows = await pledges.select('pledges', {
    where,
    orderBy: [
      ['target_date_to', 'asc'],
      ['pledge_id', 'asc'],
    ],
    limit: LISTED,
  });
  return {
    total: await pledges.count('pledges', where),
    items: rows.map((r) => ({
      pledgeId: String(r.pledge_id),
      commitment: r.commitment,
      targetDate: r.target_date,
    })),
  };
}

/** What was recorded last, newest first: every kind, as the search index names it. */
export async function recentlyRecorded(search: ReadModelReader, levels: readonly Classification[]) {
  const rows = await search.select('records', {
    where: visibleTo(levels),
    orderBy: [['recorded_position', 'desc']],
    limit: LISTED,
  });
  return rows.map((r) => ({ ...hitOf(r), recordedAt: r.recorded_at, recordedBy: r.recorded_by }));
}
