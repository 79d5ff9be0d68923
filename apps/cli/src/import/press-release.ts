/**
 * The neutral shape of a press-release record (`shared/press-releases/*.expected.json`), and the
 * check that a file has it. The whole file is checked before anything of it is written.
 */
export type Party = string; // alpha-3, "EU", "A+B" (several acting together) or a name
export type Person = { name: string | null; title: string };
export type Participant = Person & { organisation_or_country: string | null; side: Party | null };

export type PressRelease = {
  source: { publisher: string; title: string; published: string; url: string | null };
  visits: {
    delegation_of: Party;
    head: Person;
    host_country: Party | null;
    start: string | null;
    end: string | null;
    kind: string;
  }[];
  meetings: {
    date: string | null;
    place: { city: string | null; country: string | null };
    format: string;
    participants: Participant[];
    topics: string[];
  }[];
  pledges: {
    by: Party | null;
    to: Party | null;
    area: string | null;
    what: string;
    level: string;
    quantity: { value: number; unit: string } | null;
    amount: { value: number; currency: string; qualifier: string | null } | null;
    target_date: string | null;
    status: string;
  }[];
  statements: { speaker: string | null; speaker_title: string | null; quote: string }[];
  indicators: {
    what: string;
    value: number;
    unit_or_currency: string;
    period_or_as_of: string;
  }[];
};

export type FileProblem = { path: string; reason: string };

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a real calendar day, month or year. */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (year < 1) return false;
  if (match[2] === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const isExactDay = (value: string | null): value is string =>
  value !== null && value.length === 10 && isPartialDate(value);

type Rule = (value: unknown) => string | null;
const text: Rule = (v) => (typeof v === 'string' && v.trim() !== '' ? null : 'must be text');
const nullable =
  (rule: Rule): Rule =>
  (v) =>
    v === null ? null : rule(v);
const date: Rule = (v) =>
  typeof v === 'string' && isPartialDate(v)
    ? null
    : `${JSON.stringify(v)} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`;
const dateOrNotStated: Rule = (v) => (v === 'not stated' ? null : date(v));
const num: Rule = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number');
const list: Rule = (v) => (Array.isArray(v) ? null : 'must be a list');

interface Shape {
  [key: string]: Rule | Shape | [Shape] | ['nullable', Shape];
}

const person: Shape = { name: nullable(text), title: text };
const SHAPE: Shape = {
  source: { publisher: text, title: text, published: dateOrNotStated, url: nullable(text) },
  visits: [
    {
      delegation_of: text,
      head: person,
      host_country: nullable(text),
      start: nullable(date),
      end: nullable(date),
      kind: text,
    },
  ],
  meetings: [
    {
      date: nullable(date),
      place: { city: nullable(text), country: nullable(text) },
      format: text,
      participants: [{ ...person, organisation_or_country: nullable(text), side: nullable(text) }],
      topics: list,
    },
  ],
  pledges: [
    {
      by: nullable(text),
      to: nullable(text),
      area: nullable(text),
      what: text,
      level: text,
      quantity: ['nullable', { value: num, unit: text }],
      amount: ['nullable', { value: num, currency: text, qualifier: nullable(text) }],
      target_date: nullable(date),
      status: text,
    },
  ],
  statements: [{ speaker: nullable(text), speaker_title: nullable(text), quote: text }],
  indicators: [{ what: text, value: num, unit_or_currency: text, period_or_as_of: text }],
};

/** Every problem in the file, each with its JSON path (`$.meetings[0].date`). */
export function checkShape(value: unknown): FileProblem[] {
  const problems: FileProblem[] = [];
  walk(value, SHAPE, '$', problems);
  for (const [i, topics] of ((value as PressRelease)?.meetings ?? []).entries()) {
    if (!Array.isArray(topics?.topics)) continue;
    topics.topics.forEach((t, j) => {
      const reason = text(t);
      if (reason) problems.push({ path: `$.meetings[${i}].topics[${j}]`, reason });
    });
  }
  return problems;
}

function walk(value: unknown, shape: Shape, path: string, problems: FileProblem[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path, reason: 'must be an object' });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const [key, rule] of Object.entries(shape)) {
    const at = `${path}.${key}`;
    if (!(key in record)) {
      problems.push({ path: at, reason: 'is missing' });
    } else if (typeof rule === 'function') {
      const reason = rule(record[key]);
      if (reason) problems.push({ path: at, reason });
    } else if (Array.isArray(rule) && rule[0] === 'nullable') {
      if (record[key] !== null) walk(record[key], rule[1], at, problems);
    } else if (Array.isArray(rule)) {
      const items = record[key];
      if (!Array.isArray(items)) problems.push({ path: at, reason: 'must be a list' });
      else items.forEach((item, i) => walk(item, rule[0] as Shape, `${at}[${i}]`, problems));
    } else {
      walk(record[key], rule, at, problems);
    }
  }
}
