/** Shapes of the API's answers that the web app reads (see /docs for the full contracts). */
export type PartyKind = 'country' | 'organisation' | 'person';
export interface PartyRef {
  kind: PartyKind;
  id: string;
}

export interface DirectoryEntry {
  kind: PartyKind | 'source' | 'visit' | 'meeting';
  id: string;
  name: string;
  detail: string | null;
  classification: string;
  side?: { kind: 'country' | 'organisation'; id: string; name: string } | null;
}

export interface Me {
  id: string;
  roles: string[];
  clearance: string;
  /** The desks (teams) they are on; "my team's" follow-ups are these desks'. */
  desks?: string[];
}

export interface Topic {
  slug: string;
  label: string;
  /** Slugs merged into this topic: records naming them read as this one. */
  merged?: string[];
}

export interface FollowUpItem {
  followUpId: string;
  action: string;
  assignee: string;
  dueDate: string;
  status: 'open' | 'completed' | 'cancelled';
  overdue: boolean;
  completedOn?: string | null;
  outcome?: string | null;
  meetingId: string | null;
  pledgeId: string | null;
  classification: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  today?: string;
}

/** A list inside a larger answer (a partnership page): a page of it, and the link to the next. */
export interface ListPage<T> extends Page<T> {
  next: string | null;
}

export interface PledgeRegisterItem {
  pledgeId: string;
  pledger: string;
  beneficiary: string;
  area: string;
  commitment: string;
  level: string;
  status: string;
  targetAmount: number | null;
  targetUnit: string | null;
  achievedAmount: number | null;
  progress: number | null;
  targetDate: string | null;
  pledgedOn: string;
  meetingId: string | null;
}

export interface Partnership {
  parties: { party: string; kind: string | null; name: string | null }[];
  engagements: {
    count: number;
    firstContact: string | null;
    lastContact: string | null;
  } & ListPage<{ recordId: string; kind: string; date: string; title: string | null; format: string | null; topics: string[] | null; classification: string }>;
  areasOfCooperation: ListPage<{ area: string; engagements: number; pledges: number }>;
  pledges: {
    byStatus: Record<string, number>;
  } & ListPage<{ pledgeId: string; pledger: string; area: string; commitment: string; level: string; status: string; targetDate: string | null; classification: string }>;
  followUps: { open: number; overdue: number } & ListPage<FollowUpItem>;
  keyPeople: ListPage<{ personId: string; side: string; engagements: number; lastSeen: string; name: string | null; title: string | null }>;
}

export interface PartnershipSummary {
  party: string;
  counterpart: string;
  counterpartName: string | null;
  counterpartKind: string | null;
  engagements: number;
  pledges: number;
  firstContact: string | null;
  lastContact: string | null;
}
