import type { Draft, Proposed } from '@chancery/drafting';
import type { DraftItem, DraftSourceMeta, DraftSpan } from '@chancery/diplomacy';
import type { PressRelease } from '../../../../cli/src/import/press-release';

const NOT_STATED = 'not stated';

/** The value of a proposal, or what the press-release shape says for a value not stated. */
const v = <T>(p: Proposed<T>): T | null => (p.stated ? p.value : null);
const orNotStated = (p: Proposed<string>): string => v(p) ?? NOT_STATED;

/** "official" → "official visit": the words the importer reads as one of the API's kinds. */
const visitKind = (kind: string | null) =>
  kind === null
    ? NOT_STATED
    : /^(state|official|working|private)$/.test(kind)
      ? `${kind} visit`
      : kind;

/**
 * A figure's period in the words the importer reads as dates: "Since 2005 … has reached" runs from
 * 2005 to the day the release says it (its publication date); any other period as the engine read it.
 */
function periodWords(p: Proposed<string>, text: string, published: string | null): string {
  const period = v(p);
  if (period === null) return NOT_STATED;
  const words = p.span ? text.slice(p.span[0], p.span[1]) : '';
  const since = /^since\b/i.test(words.trim()) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(period);
  return since && published ? `since ${period}, as of ${published}` : period;
}

/** Every span under a proposed item, in text order, once each. */
function spansIn(value: unknown, out: DraftSpan[] = []): DraftSpan[] {
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((n) => typeof n === 'number')) {
      if (value[1] > value[0]) out.push([value[0], value[1]]);
    } else value.forEach((x) => spansIn(x, out));
  } else if (value && typeof value === 'object') {
    for (const x of Object.values(value)) spansIn(x, out);
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(String(s)) && seen.add(String(s))).sort((a, b) => a[0] - b[0]);
}

/** The source as the officer gave it: the press-release shape asks a publisher and title as text. */
export function sourceValue(meta: DraftSourceMeta): PressRelease['source'] {
  return {
    publisher: meta.publisher ?? '',
    title: meta.title ?? NOT_STATED,
    published: meta.published ?? NOT_STATED,
    url: meta.url,
  };
}

/**
 * The machine's draft as reviewable items, each in the shape of `shared/press-releases/*.expected.json`
 * (the shape the importer records), with the spans that support it.
 */
export function draftItems(draft: Draft, meta: DraftSourceMeta, text = ''): DraftItem[] {
  const items: DraftItem[] = [
    { path: 'source', kind: 'source', value: sourceValue(meta), spans: [] },
  ];
  const add = (kind: DraftItem['kind'], list: unknown[], map: (x: never) => unknown) =>
    list.forEach((x, i) =>
      items.push({ path: `${kind}.${i}`, kind, value: map(x as never), spans: spansIn(x) }),
    );
  add('visits', draft.visits, (x: Draft['visits'][number]) => ({
    delegation_of: v(x.delegation_of) ?? '',
    head: { name: v(x.head.name), title: orNotStated(x.head.title) },
    host_country: v(x.host_country),
    start: v(x.start),
    end: v(x.end),
    kind: visitKind(v(x.kind)),
  }));
  add('meetings', draft.meetings, (x: Draft['meetings'][number]) => ({
    date: v(x.date),
    place: { city: v(x.place.city), country: v(x.place.country) },
    format: orNotStated(x.format),
    participants: x.participants.map((p) => ({
      name: v(p.name),
      title: orNotStated(p.title),
      organisation_or_country: v(p.organisation_or_country),
      side: v(p.side),
    })),
    topics: [...new Set(x.topics.map(v).filter((t): t is string => t !== null))],
  }));
  add('pledges', draft.pledges, (x: Draft['pledges'][number]) => ({
    by: v(x.by),
    to: v(x.to),
    area: null,
    what: v(x.what) ?? '',
    level: orNotStated(x.level),
    quantity: v(x.quantity),
    amount: v(x.amount),
    target_date: v(x.target_date),
    // What the release reports of it, as the importer records it (a progress report's note).
    status: v(x.level) === 'agreement' ? 'signed' : 'expressed',
  }));
  add('statements', draft.statements, (x: Draft['statements'][number]) => ({
    speaker: v(x.speaker),
    speaker_title: v(x.speaker_title),
    quote: v(x.quote) ?? '',
  }));
  add('indicators', draft.indicators, (x: Draft['indicators'][number]) => ({
    what: v(x.what) ?? '',
    value: v(x.value),
    unit_or_currency: v(x.unit_or_currency) ?? '',
    period_or_as_of: periodWords(x.period_or_as_of, text, meta.published),
  }));
  return items;
}

/** The press release a set of reviewed items makes, for the importer to record. */
export function releaseOf(items: readonly { kind: string; value: unknown }[]): PressRelease {
  const of = <K extends keyof PressRelease>(kind: K) =>
    items.filter((i) => i.kind === kind).map((i) => i.value) as PressRelease[K];
  const source = items.find((i) => i.kind === 'source')?.value as PressRelease['source'];
  return {
    source,
    visits: of('visits'),
    meetings: of('meetings'),
    pledges: of('pledges'),
    statements: of('statements'),
    indicators: of('indicators'),
  };
}
