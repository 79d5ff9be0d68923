import { FIGURE_QUALIFIERS } from '@chancery/diplomacy';
import type { PressRelease } from './press-release';
import {
  countryCodes,
  fact,
  parties,
  sourceReasons,
  type Context,
  type Fact,
} from './mapping-shared';

/** A pledge as the richer record holds it (`docs/decisions/2026-12-02-press-release-import.md`). */
const LEVELS: Record<string, string> = {
  intent: 'expressed-intent',
  pledge: 'pledge',
  commitment: 'firm-commitment',
  agreement: 'signed-agreement',
};

/**
 * The areas a pledge is in: the file words several as a list ("environment, climate action,
 * energy"); a comma inside brackets does not part them.
 */
export const areasOf = (area: string | null): string[] =>
  area === null ? [] : area.split(/,\s+(?![^(]*\))/).map((a) => a.trim());

/** "some (approximate)" is the file's way of saying "some". */
const qualifierOf = (words: string | null) =>
  words === null ? null : words.replace(/ \(.*\)$/, '');

/** The day a pledge was made, when its status says it: "signed 2016-07-18", "presented 2019-07-07". */
const madeOn = (status: string) =>
  /^(?:signed|presented) (\d{4}-\d{2}(?:-\d{2})?)\b/.exec(status)?.[1] ?? null;

export function pledgeFact(p: PressRelease['pledges'][number], path: string, ctx: Context): Fact {
  const fatal = sourceReasons(ctx);
  const by = parties(p.by, ctx);
  const to = parties(p.to, ctx);
  const level = LEVELS[p.level];
  if (!level) fatal.push(`level "${p.level}" is not a pledge level the API has`);
  const targets: Record<string, unknown>[] = [];
  if (p.amount) {
    const qualifier = qualifierOf(p.amount.qualifier);
    if (qualifier !== null && !(FIGURE_QUALIFIERS as readonly string[]).includes(qualifier))
      fatal.push(`amount qualifier "${p.amount.qualifier}" is not one the API has`);
    targets.push({ amount: p.amount.value, currency: p.amount.currency, qualifier, ofTotal: null });
  }
  if (p.quantity)
    targets.push({
      quantity: p.quantity.value,
      unit: p.quantity.unit,
      qualifier: null,
      ofTotal: null,
    });
  const stated = {
    pledgers: by.refs,
    beneficiaries: to.refs,
    // Words of `by`/`to` that no party on record stands for: "Organization of Turkic States
    // member states", "neighbours (not named)".
    beneficiaryGroup: to.words.length ? to.words.join(' and ') : null,
    pledgerGroup: by.words.length ? by.words.join(' and ') : null,
    mutual: false,
    areas: areasOf(p.area),
    commitment: p.what,
    level,
    targets,
    targetDate: p.target_date,
    pledgedOn: madeOn(p.status),
    meetingId: null,
    documentId: null,
  };
  const { areas, ...readBack } = stated;
  const body = { pledgeId: ctx.id(path), ...stated };
  const done = fact('pledges', path, ctx, fatal, fatal.length ? null : body, {
    ...readBack,
    ...(areas.length && { areas: areas.map((a) => ctx.topic(a) ?? a) }),
    progress: [{ note: p.status, reportedOn: ctx.publishedOn }],
  });
  const report = { note: p.status, reportedOn: ctx.publishedOn };
  return { ...done, report, countries: countryCodes([...by.refs, ...to.refs]) };
}
