import type { DraftPledge, Span } from '../draft.types';
import { notStated, stated } from '../proposed';
import { asCommitment } from '../text/base-form';
import type { Sentence } from '../text/sentences';
import { inQuote, type Analysis } from './analysis';
import type { MeetingReading } from './meetings';

/** "to discuss the prospects for expanding …", "to discuss the possibility of implementing …". */
const PROSPECT =
  /\bto (?:discuss|explore|consider) (?:the )?(?:prospects? (?:for|of)|possibilit(?:y|ies) (?:of|for)|opportunit(?:y|ies) (?:for|of))\s+(\p{L}+ing\b[^.;]*)/iu;

/**
 * A company's or a bank's plans, as a meeting with it states them: "met with the President of the
 * X Bank to discuss the possibility of implementing projects in Chile" is the bank's intent,
 * toward the country where it would act. Between governments, discussing prospects is no pledge.
 */
export function prospectPledge(
  a: Analysis,
  s: Sentence,
  meetings: readonly MeetingReading[],
): DraftPledge | null {
  const m = PROSPECT.exec(s.text);
  if (!m) return null;
  const at = s.start + (m.index ?? 0);
  if (inQuote(a, at)) return null;
  const meeting = meetings.find((x) => x.span[0] === s.start);
  const organisations = new Set(
    a.parties.filter((p) => p.kind === 'organisation').map((p) => p.code),
  );
  const counterpart = meeting?.participants.find(
    (p) => p.side.value && organisations.has(p.side.value),
  );
  if (!counterpart) return null;
  const whatAt = at + m[0].length - m[1].length;
  const what = m[1].replace(/[\s,]+$/, '');
  const whatSpan: Span = [whatAt, whatAt + what.length];
  const where = a.parties.find(
    (p) => p.kind === 'country' && p.span[0] >= whatSpan[0] && p.span[1] <= whatSpan[1],
  );
  return {
    by: stated(counterpart.side.value!, counterpart.side.span, 'context'),
    to: where ? stated(where.code, where.span) : notStated(),
    what: stated(asCommitment(what), whatSpan),
    level: stated('intent', [at, whatAt]),
    quantity: notStated(),
    amount: notStated(),
    target_date: notStated(),
    span: [s.start, s.end],
  };
}
