import type { DraftDocument, DraftIndicator, DraftPledge, Span } from '../draft.types';
import { notStated, stated } from '../proposed';
import type { Analysis } from './analysis';
import { findMoney, findQuantities } from './amounts';

/** Figures stated as facts: amounts no pledge holds, percentages and counts ("7 791 enterprises"). */
export function findIndicators(
  a: Analysis,
  pledges: readonly DraftPledge[],
  documents: readonly DraftDocument[] = [],
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
    out.push(indicator(a, m.span, m.amount.value, m.amount.currency));
  }
  for (const q of findQuantities(a.text, [...dates, ...money.map((m) => m.span)])) {
    if (pledged.some((s) => s[0] <= q.span[0] && q.span[0] < s[1])) continue;
    out.push(indicator(a, q.span, q.quantity.value, q.quantity.unit));
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

function indicator(a: Analysis, span: Span, value: number, unit: string): DraftIndicator {
  const s = a.sentences.find((x) => x.start <= span[0] && span[0] < x.end);
  const when = s
    ? a.dates.find((d) => d.span[0] >= s.start && d.span[1] <= s.end && d.value && !d.vague)
    : undefined;
  return {
    what: s
      ? stated(s.text.length > 200 ? `${s.text.slice(0, 197)}…` : s.text, [s.start, s.end])
      : notStated(),
    value: stated(value, span),
    unit_or_currency: stated(unit, span),
    period_or_as_of: when
      ? stated(when.value!, when.span, when.relative ? 'publication date' : 'text')
      : notStated(),
    span,
  };
}
