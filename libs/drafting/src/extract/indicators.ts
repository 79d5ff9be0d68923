import type {
  DraftDocument,
  DraftIndicator,
  DraftMeeting,
  DraftPledge,
  Proposed,
  Span,
} from '../draft.types';
import type { Sentence } from '../text/sentences';
import type { DateMention, Published } from './dates';
import { notStated, stated } from '../proposed';
import type { Analysis } from './analysis';
import { findMoney, findQuantities } from './amounts';

/** Figures stated as facts: amounts no pledge holds, percentages and counts ("7 791 enterprises"). */
export function findIndicators(
  a: Analysis,
  pledges: readonly DraftPledge[],
  documents: readonly DraftDocument[] = [],
  meetings: readonly DraftMeeting[] = [],
): DraftIndicator[] {
  const out: DraftIndicator[] = [];
  const pledged = [
    ...pledges.flatMap((p) => [p.amount.span, p.quantity.span].filter((s): s is Span => !!s)),
    // "12 cooperation documents" counts documents signed, not a fact about the world
    ...documents.map((d) => [d.span[0] - 40, d.span[1]] as Span),
  ];
  const pledgedAmounts = pledges.flatMap((p) =>
    p.amount.value ? [`${p.amount.value.value}${p.amount.value.currency}`] : [],
  );
  const money = findMoney(a.text);
  const dates = a.dates.map((d) => d.span);
  for (const m of money) {
    if (
      pledged.some((s) => s[0] === m.span[0]) ||
      pledgedAmounts.includes(`${m.amount.value}${m.amount.currency}`)
    )
      continue;
    out.push(figure(a, meetings, m.span, m.amount.value, m.amount.currency));
  }
  for (const q of findQuantities(a.text, [...dates, ...money.map((m) => m.span)])) {
    if (pledged.some((s) => s[0] <= q.span[0] && q.span[0] < s[1])) continue;
    out.push(figure(a, meetings, q.span, q.quantity.value, q.quantity.unit));
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

function figure(
  a: Analysis,
  meetings: readonly DraftMeeting[],
  span: Span,
  value: number,
  unit: string,
): DraftIndicator {
  const s = a.sentences.find((x) => x.start <= span[0] && span[0] < x.end);
  const when = s
    ? a.dates.find((d) => d.span[0] >= s.start && d.span[1] <= s.end && d.value && !d.vague)
    : undefined;
  return {
    what: s ? measured(s, span) : notStated(),
    value: stated(value, span),
    unit_or_currency: stated(unit, span),
    period_or_as_of: when ? periodOf(a, meetings, when, s!) : notStated(),
    span,
  };
}

/** "Since 2010, the stock of X has reached $1.2 billion": what is measured is the subject. */
const MEASURED =
  /^(?:[^,]{0,60},\s*)?(?:the\s+)?([^,;]{8,160}?)\s+(?:has|have|had)?\s*(?:reached|amounted to|amounts to|totall?ed|stood at|stands at|exceeded|exceeds|surpassed)\s/di;

function measured(s: Sentence, figureSpan: Span): Proposed<string> {
  const m = MEASURED.exec(s.text);
  // the figure follows its verb ("has reached $2.9 billion"), not a later clause's
  const between = m ? s.text.slice(m[0].length, figureSpan[0] - s.start) : '';
  if (m?.indices?.[1] && s.start + m[0].length <= figureSpan[0] && /^[^,;]{0,20}$/.test(between)) {
    const [from, to] = m.indices[1];
    return stated(m[1], [s.start + from, s.start + to]);
  }
  return stated(s.text.length > 200 ? `${s.text.slice(0, 197)}…` : s.text, [s.start, s.end]);
}

/**
 * The period a figure covers. "Since 2010 … has reached" runs from 2010 to the day it was said:
 * the day of the meeting whose account the sentence is in, else the publication date.
 */
function periodOf(
  a: Analysis,
  meetings: readonly DraftMeeting[],
  when: DateMention,
  s: Sentence,
): Proposed<string> {
  const basis = when.relative ? 'publication date' : 'text';
  const words = a.text.slice(Math.max(s.start, when.span[0] - 6), when.span[1]);
  if (!/\bsince\s/i.test(words)) return stated(when.value!, when.span, basis);
  const meeting = meetings
    .filter((m) => m.span[0] <= s.start)
    .sort((x, y) => y.span[0] - x.span[0])[0];
  const day = meeting?.date.value?.length === 10 ? meeting.date.value : null;
  const published = a.published ? publishedDate(a.published) : null;
  const asOf = day ?? published;
  if (!asOf) return stated(when.value!, when.span, basis);
  const span: Span = [Math.max(s.start, when.span[0] - 6), when.span[1]];
  return stated(`since ${when.value}, as of ${asOf}`, span, day ? 'context' : 'publication date');
}

const publishedDate = (p: Published) =>
  [
    String(p.year),
    p.month && String(p.month).padStart(2, '0'),
    p.day && String(p.day).padStart(2, '0'),
  ]
    .filter(Boolean)
    .join('-');
