import { pageOf, type ListColumns } from '../shared/list-pages';
import type { PartnershipDetail } from './partnerships.queries';

/** The lists of a partnership page, engagements first (what CSV sends when no list is named). */
export const PARTNERSHIP_LISTS = {
  engagements: [
    'recordId',
    'kind',
    'date',
    'dateFrom',
    'dateTo',
    'title',
    'format',
    'formatName',
    'topics',
    'classification',
  ],
  multilateralSessions: [
    'recordId',
    'date',
    'dateFrom',
    'dateTo',
    'title',
    'format',
    'formatName',
    'members',
    'topics',
    'classification',
  ],
  pledges: [
    'pledgeId',
    'pledger',
    'pledgers',
    'beneficiaries',
    'beneficiaryGroup',
    'mutual',
    'area',
    'areaLabel',
    'areas',
    'commitment',
    'level',
    'status',
    'targetDate',
    'pledgedOn',
    'sameAsGroup',
    'classification',
  ],
  followUps: [
    'followUpId',
    'action',
    'assignee',
    'dueDate',
    'overdue',
    'meetingId',
    'pledgeId',
    'classification',
  ],
  keyPeople: ['personId', 'side', 'name', 'title', 'engagements', 'lastSeen', 'role'],
  indicators: ['recordId', 'measures', 'figure', 'period', 'classification'],
  areasOfCooperation: ['area', 'label', 'engagements', 'pledges'],
} satisfies ListColumns;

export type PartnershipList = keyof typeof PARTNERSHIP_LISTS;

export function itemsOf(detail: PartnershipDetail, list: PartnershipList): readonly object[] {
  switch (list) {
    case 'engagements':
      return detail.engagements.items;
    case 'multilateralSessions':
      return detail.multilateralSessions.items;
    case 'pledges':
      return detail.pledges.items;
    case 'followUps':
      return detail.followUps.items;
    default:
      return detail[list];
  }
}

/** The page with every list cut to its first `limit` items, each with its total and next page. */
export function boundedPage(detail: PartnershipDetail, limit: number, path: string) {
  const first = (list: PartnershipList) =>
    pageOf(itemsOf(detail, list), list, { limit, offset: 0 }, path);
  const { engagements, multilateralSessions, pledges, followUps } = detail;
  return {
    parties: detail.parties,
    engagements: {
      count: engagements.count,
      firstContact: engagements.firstContact,
      lastContact: engagements.lastContact,
      ...first('engagements'),
    },
    multilateralSessions: { count: multilateralSessions.count, ...first('multilateralSessions') },
    areasOfCooperation: first('areasOfCooperation'),
    pledges: { byStatus: pledges.byStatus, projects: pledges.projects, ...first('pledges') },
    followUps: { open: followUps.open, overdue: followUps.overdue, ...first('followUps') },
    keyPeople: first('keyPeople'),
    indicators: first('indicators'),
  };
}
