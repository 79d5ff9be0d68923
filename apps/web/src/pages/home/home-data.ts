import type { SearchHit } from '../../ui/search-links';

export interface HomeFollowUp {
  followUpId: string;
  action: string;
  assignee: string;
  dueDate: string;
  overdue: boolean;
  pledgeId: string | null;
  meetingId: string | null;
}

export interface HomeFollowUps {
  open: number;
  overdue: number;
  items: HomeFollowUp[];
}

export interface Lagging {
  name: string;
  state: string;
  eventsBehind: number;
  eventsBehindAtLeast: boolean;
  secondsBehind: number;
}

/** GET /home: a member of staff's day in figures. */
export interface HomeData {
  today: string;
  until: string;
  desks: string[];
  followUps: { mine: HomeFollowUps; team: HomeFollowUps };
  engagements: { total: number; items: SearchHit[] };
  deadlines: { total: number; items: { pledgeId: string; commitment: string; targetDate: string }[] };
  recent: (SearchHit & { recordedAt: string; recordedBy: string })[];
  lagging: Lagging[];
}

/** The read models by the name people know them by. */
export const VIEW_NAMES: Record<string, string> = {
  partnerships: 'partnerships',
  follow_ups: 'follow-ups',
  pledges: 'pledge register',
  timeline: 'timelines and map',
  dossiers: 'dossiers',
  search: 'search and recent records',
  party_streams: 'audit index',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `2 December 2026 at 04:10` (the reader's local time). */
export function whenRecorded(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}
