import type { Span } from '../draft.types';

/** A date said in the text, resolved against the publication date at the precision the words allow. */
export interface DateMention {
  span: Span;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the words name no day, month or year we can place. */
  value: string | null;
  /** The end of a range ("17 to 19 July 2016"). */
  end: string | null;
  relative: boolean;
  /** "this autumn", "earlier this week": the text speaks of a time but does not state it. */
  vague: boolean;
}

export interface Published {
  year: number;
  month: number | null;
  day: number | null;
}

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const monthIndex = (word: string) => MONTH_NAMES.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export function parsePublished(published: string | null | undefined): Published | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec((published ?? '').trim());
  if (!m) return null;
  return { year: +m[1], month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null };
}

function shiftDays(p: Published, days: number): string | null {
  if (p.month === null) return null;
  if (p.day === null) return days === 0 ? `${p.year}-${pad(p.month)}` : null;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A year-less day goes in the year that puts it nearest the publication date. */
function placeYear(month: number, day: number, p: Published | null): number | null {
  if (!p) return null;
  const ref = Date.UTC(p.year, (p.month ?? 7) - 1, p.day ?? 15);
  let best: number | null = null;
  for (const y of [p.year - 1, p.year, p.year + 1]) {
    if (
      best === null ||
      Math.abs(Date.UTC(y, month - 1, day) - ref) < Math.abs(Date.UTC(best, month - 1, day) - ref)
    )
      best = y;
  }
  return best;
}

const valid = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Rule {
  re: RegExp;
  read: (
    m: RegExpExecArray,
    p: Published | null,
    future: boolean,
  ) => Omit<DateMention, 'span'> | null;
}

const absolute = (value: string | null, end: string | null = null) => ({
  value,
  end,
  relative: false,
  vague: false,
});
const relative = (value: string | null) => ({ value, end: null, relative: true, vague: false });
const vague = () => ({ value: null, end: null, relative: true, vague: true });

function dayMonth(
  d1: string,
  d2: string | undefined,
  mon: string,
  year: string | undefined,
  p: Published | null,
) {
  const m = monthIndex(mon);
  const y = year ? +year : placeYear(m, +d1, p);
  if (y === null || !valid(y, m, +d1)) return year ? absolute(`${year}-${pad(m)}`) : relative(null);
  const start = ymd(y, m, +d1);
  const end = d2 && valid(y, m, +d2) ? ymd(y, m, +d2) : null;
  return year ? absolute(start, end) : relative(start);
}

const RULES: Rule[] = [
  // 17 to 19 July 2016, 4 and 5 September 2018, 14 October 2024, on 31 October
  {
    re: new RegExp(
      `\\b${DAY}(?:\\s*(?:-|–|to|and)\\s*${DAY})?\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`,
      'g',
    ),
    read: (m, p) => dayMonth(m[1], m[2], m[3], m[4], p),
  },
  // June 28, 2018; Aug. 19; February 3, 2023; July 17-19, 2016
  {
    re: new RegExp(
      `\\b${MONTH}\\s+${DAY}(?:\\s*(?:-|–)\\s*${DAY})?(?:,?\\s+${YEAR})?(?![\\d])`,
      'g',
    ),
    read: (m, p) => dayMonth(m[2], m[3], m[1], m[4], p),
  },
  // 14.10.2024, 2024-10-14
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g,
    read: (m) => (valid(+m[3], +m[2], +m[1]) ? absolute(ymd(+m[3], +m[2], +m[1])) : null),
  },
  {
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    read: (m) => (valid(+m[1], +m[2], +m[3]) ? absolute(ymd(+m[1], +m[2], +m[3])) : null),
  },
  // November 2015
  {
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g'),
    read: (m) => absolute(`${m[2]}-${pad(monthIndex(m[1]))}`),
  },
  // in 2018, since 2005
  {
    re: new RegExp(`\\b(?:in|since|by|until|from|for|of)\\s+${YEAR}\\b(?!\\s*[-–])`, 'gi'),
    read: (m) => absolute(m[1]),
  },
  {
    re: /\b(?:today|this (?:morning|afternoon|evening)|tonight|earlier today|later today)\b/gi,
    read: (_m, p) => relative(p ? shiftDays(p, 0) : null),
  },
  { re: /\b(?:yesterday|last night)\b/gi, read: (_m, p) => relative(p ? shiftDays(p, -1) : null) },
  { re: /\btomorrow\b/gi, read: (_m, p) => relative(p ? shiftDays(p, 1) : null) },
  {
    re: /\b(?:on|last|next|this)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi,
    read: (m, p, future) => {
      if (!p || p.day === null || p.month === null) return relative(null);
      const target = WEEKDAYS.indexOf(m[1].toLowerCase());
      const pubDow = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
      const word = m[0].split(/\s+/)[0].toLowerCase();
      const ahead = word === 'next' || (word !== 'last' && future);
      const delta = ahead
        ? (target - pubDow + 7) % 7 || (word === 'next' ? 7 : 0)
        : -((pubDow - target + 7) % 7);
      return relative(shiftDays(p, delta));
    },
  },
  {
    re: /\bthis month\b/gi,
    read: (_m, p) => relative(p && p.month ? `${p.year}-${pad(p.month)}` : null),
  },
  { re: /\bthis year\b/gi, read: (_m, p) => relative(p ? String(p.year) : null) },
  { re: /\blast year\b/gi, read: (_m, p) => relative(p ? String(p.year - 1) : null) },
  { re: /\bnext year\b/gi, read: (_m, p) => relative(p ? String(p.year + 1) : null) },
  {
    re: /\b(?:(?:earlier|later) this week|this week(?:'s|’s)?|last week|next week|this (?:spring|summer|autumn|fall|winter)|recently|soon|in the near future|on the eve of|the previous day|the day before|in the coming (?:days|weeks|months))\b/gi,
    read: () => vague(),
  },
];

const FUTURE = /\b(?:will|shall|is to|are to|to be held|scheduled|planned|upcoming|next)\b/i;

/** Every date the text states or implies, left to right; overlapping readings keep the first and longest. */
export function findDates(
  text: string,
  published: Published | null,
  sentenceAt: (pos: number) => string,
): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (found.some((f) => f.span[0] < span[1] && span[0] < f.span[1])) continue;
      const reading = rule.read(m, published, FUTURE.test(sentenceAt(m.index)));
      if (reading) found.push({ span, ...reading });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
