import type { Draft, DraftParty, DraftPerson, Gazetteer, SourceMeta } from './draft.types';
import { analyse, type Analysis } from './extract/analysis';
import { findIndicators } from './extract/indicators';
import { findMeetings } from './extract/meetings';
import { findPledges } from './extract/pledges';
import { findStatements } from './extract/statements';
import { findDocuments } from './extract/documents';
import { findTopics } from './extract/topics';
import { findVisits } from './extract/visits';
import { DEFAULT_GAZETTEER } from './gazetteer/organisations';
import { refusal } from './guard';
import { notStated, stated } from './proposed';

/**
 * Drafts the records a press release supports. Pure: no I/O, no clock, no network. Every proposed
 * value carries the span of the words that support it; what the text does not state stays null.
 * Never throws: a text that cannot be drafted gives an empty draft saying why.
 */
export function draftFromText(
  text: string,
  sourceMeta: SourceMeta = {},
  gazetteer: Gazetteer = DEFAULT_GAZETTEER,
): Draft {
  const why = refusal(text);
  if (why) return emptyDraft(sourceMeta, why);
  try {
    return draft(text, sourceMeta ?? {}, gazetteer ?? DEFAULT_GAZETTEER);
  } catch (error) {
    return emptyDraft(sourceMeta, `The text could not be drafted: ${(error as Error).message}`);
  }
}

function draft(text: string, meta: SourceMeta, gazetteer: Gazetteer): Draft {
  const a = analyse(text, meta, gazetteer);
  const visits = findVisits(a);
  const meetings = findMeetings(a, visits);
  const documents = findDocuments(a);
  const statements = findStatements(a);
  const pledges = findPledges(a, meetings, documents);
  const indicators = findIndicators(a, pledges, documents, meetings);
  const topics = findTopics(a);
  for (const m of meetings)
    m.topics = topics.filter(
      (t) => t.span && t.span[0] >= m.span[0] && t.span[1] <= nextMeetingStart(a, meetings, m),
    );
  return {
    status: 'drafted',
    reason: null,
    source: sourceOf(meta),
    parties: partiesOf(a),
    people: peopleOf(a),
    visits: visits.map(({ headId: _h, ...v }) => v),
    meetings: meetings.map(({ persons: _p, paragraph: _g, sentence: _s, ...m }) => m),
    documents,
    pledges,
    statements,
    indicators,
    topics,
  };
}

function nextMeetingStart(
  a: Analysis,
  meetings: { span: readonly [number, number] }[],
  m: { span: readonly [number, number] },
): number {
  const next = meetings
    .map((x) => x.span[0])
    .filter((s) => s > m.span[0])
    .sort((x, y) => x - y)[0];
  return next ?? a.text.length;
}

function sourceOf(meta: SourceMeta): Draft['source'] {
  const given = (v: string | null | undefined) =>
    v ? stated(v, null, 'context') : notStated<string>();
  return {
    publisher: given(meta?.publisher),
    title: given(meta?.title),
    published: given(meta?.published),
    url: given(meta?.url),
  };
}

function partiesOf(a: Analysis): DraftParty[] {
  const byCode = new Map<string, DraftParty>();
  for (const p of a.parties) {
    const key = `${p.kind}:${p.code}`;
    const known = byCode.get(key);
    if (known) known.spans.push(p.span);
    else
      byCode.set(key, {
        kind: p.kind,
        code: p.code,
        name: p.name,
        known: p.known,
        matchedBy: p.matchedBy,
        spans: [p.span],
      });
  }
  return [...byCode.values()];
}

function peopleOf(a: Analysis): DraftPerson[] {
  return a.people.people.map((p) => ({
    name: stated(p.name, p.nameSpan),
    title: p.title ? stated(p.title, p.titleSpan) : notStated(),
    side: p.side ? stated(p.side.code, p.side.span) : notStated(),
    known: p.known === true,
    spans: p.spans,
  }));
}

export function emptyDraft(meta: SourceMeta, reason: string): Draft {
  return {
    status: 'empty',
    reason,
    source: sourceOf(meta ?? {}),
    parties: [],
    people: [],
    visits: [],
    meetings: [],
    documents: [],
    pledges: [],
    statements: [],
    indicators: [],
    topics: [],
  };
}
