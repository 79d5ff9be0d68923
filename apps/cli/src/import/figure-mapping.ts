import type { PressRelease } from './press-release';
import { fact, sourceReasons, type Context, type Fact } from './mapping-shared';

/** Statements (direct quotes) and indicators (figures with their period). */
export function statementFact(
  s: PressRelease['statements'][number],
  path: string,
  ctx: Context,
): Fact {
  const fatal = sourceReasons(ctx);
  if (s.speaker === null)
    fatal.push('the speaker is unnamed: the API needs a person or an organisation');
  const id = s.speaker === null ? null : ctx.personId(s.speaker);
  const stated = {
    speaker: id && { kind: 'person', id },
    speakerTitle: s.speaker_title,
    text: s.quote,
    form: 'direct',
    saidOn: null,
    meetingId: null,
  };
  const body = { statementId: ctx.id(path), ...stated };
  const done = fact('statements', path, ctx, fatal, fatal.length ? null : body, stated);
  const people = id && s.speaker ? [{ id, name: s.speaker, title: null, at: null }] : [];
  return { ...done, people };
}

const DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;

/** The period an indicator's figure covers, from the file's words, as partial dates. */
export function periodOf(words: string): Record<string, string | null> | null {
  const asOf = new RegExp(`^as of (${DATE})$`).exec(words);
  if (asOf) return { asOf: asOf[1] };
  const since = new RegExp(`^since (${DATE}), as of (${DATE})$`).exec(words);
  if (since) return { from: since[1], to: since[2] };
  const months =
    /^first (one|two|three|four|five|six|seven|eight|nine|ten|eleven) months of (\d{4})$/.exec(
      words,
    );
  if (months) {
    const n =
      [
        'one',
        'two',
        'three',
        'four',
        'five',
        'six',
        'seven',
        'eight',
        'nine',
        'ten',
        'eleven',
      ].indexOf(months[1]) + 1;
    return { from: `${months[2]}-01`, to: `${months[2]}-${String(n).padStart(2, '0')}` };
  }
  const past = /^past (\d+) years to (\d{4})$/.exec(words);
  if (past) return { from: `approximately ${Number(past[2]) - Number(past[1])}`, to: past[2] };
  return null;
}

export function indicatorFact(
  i: PressRelease['indicators'][number],
  path: string,
  ctx: Context,
): Fact {
  const fatal = sourceReasons(ctx);
  const period = periodOf(i.period_or_as_of);
  if (period === null)
    fatal.push(`period "${i.period_or_as_of}" is not one the import can read as dates`);
  const figure = /^[A-Z]{3}$/.test(i.unit_or_currency)
    ? { amount: i.value, currency: i.unit_or_currency }
    : { quantity: i.value, unit: i.unit_or_currency };
  // The file names no parties for a figure: none are sent, and none may read back.
  const stated = { measures: i.what, figure, period, from: null, to: null };
  const body = { indicatorId: ctx.id(path), ...stated };
  return fact('indicators', path, ctx, fatal, fatal.length ? null : body, stated);
}
