/** What a search hit is, in words, and where its page is. */
export const SEARCH_KIND_LABELS: Record<string, [one: string, many: string]> = {
  country: ['Country', 'Countries'],
  organisation: ['Organisation', 'Organisations'],
  person: ['Person', 'People'],
  visit: ['Visit', 'Visits'],
  meeting: ['Meeting', 'Meetings'],
  pledge: ['Pledge', 'Pledges'],
  statement: ['Statement', 'Statements'],
  indicator: ['Indicator', 'Indicators'],
  source: ['Source', 'Sources'],
};

export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  detail: string | null;
  date: string | null;
}

/** Countries, organisations and people open on their dossier; every other record on its own page. */
export function pageOf(hit: { kind: string; id: string }): string {
  if (hit.kind === 'country' || hit.kind === 'organisation' || hit.kind === 'person')
    return `/dossier/${hit.kind}/${encodeURIComponent(hit.id)}`;
  return `/records/${hit.kind}/${encodeURIComponent(hit.id)}`;
}

export const kindLabel = (kind: string, count = 1) =>
  SEARCH_KIND_LABELS[kind]?.[count === 1 ? 0 : 1] ?? kind;
