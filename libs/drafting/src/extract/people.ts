import type { Span } from '../draft.types';
import { capitalCountry, type PartyMention } from '../gazetteer/parties';
import type { Sentence } from '../text/sentences';
import { isCapitalised, tokenize, type Token } from '../text/tokens';
import { HONORIFICS, NAME_PARTICLES, NOT_NAMES, TITLE_CONNECTORS, TITLE_HEADS } from './vocabulary';

export interface Person {
  id: number;
  name: string;
  nameSpan: Span;
  title: string | null;
  titleSpan: Span | null;
  side: PartyMention | null;
  spans: Span[];
  /** In the directory passed as the gazetteer, under this name and a compatible title. */
  known?: boolean;
}

/** A person named (or a title standing for one) at a place in the text. */
export interface PersonMention {
  person: Person | null;
  /** For an unnamed title ("the Prime Minister"): the title and the party it names. */
  title: string | null;
  titleSpan: Span | null;
  side: PartyMention | null;
  span: Span;
  sentence: number;
  plural: boolean;
}

const lower = (t: Token) => t.text.toLowerCase();
const isHead = (t: Token) => TITLE_HEADS.has(lower(t).replace(/[’']s$/, ''));
const isAllCaps = (w: string) => /^[\p{Lu}\d.\-]{2,}$/u.test(w) && /\p{Lu}{2}/u.test(w);

interface Context {
  text: string;
  parties: readonly PartyMention[];
}

/** The party whose words hold a token, by a per-character index built once per text. */
const byChar = new WeakMap<readonly PartyMention[], (PartyMention | undefined)[]>();
const partyAt = (ctx: Context, t: Token) => {
  let index = byChar.get(ctx.parties);
  if (!index) {
    index = new Array<PartyMention | undefined>(ctx.text.length);
    for (const p of ctx.parties) for (let c = p.span[0]; c < p.span[1]; c++) index[c] ??= p;
    byChar.set(ctx.parties, index);
  }
  const p = index[t.start];
  return p && t.end <= p.span[1] ? p : null;
};

function isNameWord(ctx: Context, t: Token): boolean {
  if (!isCapitalised(t.text) || partyAt(ctx, t)) return false;
  const w = lower(t);
  if (NOT_NAMES.has(w) || TITLE_HEADS.has(w) || HONORIFICS.has(w)) return false;
  if (/^\p{Lu}\.$/u.test(t.text)) return true; // an initial, as in "Antony J. Blinken"
  if (isAllCaps(t.text)) return false;
  return /^[\p{L}\p{M}][\p{L}\p{M}'’\-]*$/u.test(t.text);
}

const TITLE_MODIFIERS = new Set(
  'deputy vice first second prime foreign senior chief special high permanent acting assistant principal under executive general grand supreme crown state federal national his her their'.split(
    ' ',
  ),
);

const isFamilyFirm = (ctx: Context, t: Token) => {
  const p = partyAt(ctx, t);
  return (
    !!p &&
    p.kind === 'organisation' &&
    p.span[0] === t.start &&
    p.span[1] === t.end &&
    !isAllCaps(t.text)
  );
};

/** The title phrase ending just before `end` (exclusive token index), or null when none holds a title word. */
function titleBefore(
  ctx: Context,
  tokens: Token[],
  end: number,
  stopAt: number,
): { from: number; to: number } | null {
  let i = end - 1;
  while (i >= stopAt) {
    const t = tokens[i];
    const w = lower(t);
    // "her Indonesian counterpart Retno Sari", "Foreign Minister Kari Dahl"
    const lowerTitle =
      (i === end - 1 || i < end - 1) && TITLE_HEADS.has(w) && w !== 'member' && w !== 'members';
    if (
      TITLE_CONNECTORS.has(w) ||
      (isCapitalised(t.text) && !HONORIFICS.has(w)) ||
      partyAt(ctx, t) ||
      lowerTitle
    )
      i--;
    else break;
  }
  let from = i + 1;
  while (from < end && (TITLE_CONNECTORS.has(lower(tokens[from])) || lower(tokens[from]) === 'the'))
    from++;
  // "Readout of Deputy Secretary": a title starts at a title word or a party
  while (
    from < end &&
    !isHead(tokens[from]) &&
    !TITLE_MODIFIERS.has(lower(tokens[from])) &&
    !partyAt(ctx, tokens[from])
  )
    from++;
  let to = end;
  while (to > from && TITLE_CONNECTORS.has(lower(tokens[to - 1]))) to--;
  if (to <= from) return null;
  if (!tokens.slice(from, to).some(isHead)) return null;
  return { from, to };
}

/** A title phrase starting at `from`, lowercase allowed ("executive director of Sarens"), up to a comma or stop. */
function titleAfter(
  ctx: Context,
  tokens: Token[],
  from: number,
): { from: number; to: number } | null {
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i];
    const w = lower(t);
    if (/^[,.;:()"“”]$/.test(t.text)) break;
    if (
      isHead(t) ||
      TITLE_CONNECTORS.has(w) ||
      isCapitalised(t.text) ||
      partyAt(ctx, t) ||
      /^(?:foreign|prime|deputy|affairs|executive|general|vice|first|high|special)$/.test(w)
    )
      i++;
    else break;
  }
  let to = i;
  while (to > from && TITLE_CONNECTORS.has(lower(tokens[to - 1]))) to--;
  if (
    to <= from ||
    !tokens.slice(from, to).some(isHead) ||
    (!isHead(tokens[from]) &&
      !/^(?:foreign|prime|deputy|executive|vice|first|high|special)$/.test(lower(tokens[from])))
  )
    return null;
  return { from, to };
}

const partiesIn = (ctx: Context, tokens: Token[], range: { from: number; to: number }) => {
  const out: PartyMention[] = [];
  for (let i = range.from; i < range.to; i++) {
    const p = partyAt(ctx, tokens[i]);
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
};

/** The words of a state's long form: "the Democratic Socialist Republic of", "the Kingdom of". */
const STATE_FORM =
  /^(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Emirate|Principality|Grand|Duchy|Confederation|State|Democratic|Socialist|Islamic|Federal|People[’']s|Arab|United|Plurinational|Bolivarian|Hashemite|Oriental|Independent|Co-operative|Cooperative)$/;

const sameParty = (x: PartyMention | null, y: PartyMention | null) =>
  !!x && !!y && x.kind === y.kind && x.code === y.code;

/**
 * The post a title names, without the party it names: the side holds that. "Chilean Foreign
 * Minister", "Norway’s Prime Minister" → "Foreign Minister", "Prime Minister"; "chief
 * executive of Nordfrakt", "President of the United States" → "chief executive", "President".
 * A party named by an alias ("Vice-President of the European Commission") is a body of its own and
 * stays; so does a "counterpart", which names no post.
 */
function postOnly(
  ctx: Context,
  tokens: Token[],
  range: { from: number; to: number },
  side: PartyMention | null,
): { from: number; to: number } {
  let { from, to } = range;
  const heads = tokens.slice(from, to).filter(isHead);
  if (!side || heads.every((t) => /^counterparts?$/i.test(t.text))) return range;
  const own = (p: PartyMention | null) =>
    !!p && sameParty(p, side) && (p.kind === 'country' || p.matchedBy !== 'alias');
  const lead = partyAt(ctx, tokens[from]);
  if (lead && own(lead)) {
    let i = from;
    while (i < to && partyAt(ctx, tokens[i]) === lead) i++;
    if (i < to && /^[’']s$/.test(tokens[i].text)) i++;
    const titleWord = (t: Token) =>
      isHead(t) || TITLE_MODIFIERS.has(lower(t)) || isCapitalised(t.text);
    if (i < to && titleWord(tokens[i]) && tokens.slice(i, to).some(isHead)) from = i;
  }
  const tail = partyAt(ctx, tokens[to - 1]);
  if (tail && own(tail)) {
    let i = to - 1;
    while (i > from && partyAt(ctx, tokens[i - 1]) === tail) i--;
    if (i > from && lower(tokens[i - 1]) === 'the') i--;
    if (i > from + 1 && lower(tokens[i - 1]) === 'of' && tokens.slice(from, i - 1).some(isHead))
      to = i - 1;
    // "… of the Republic of the Philippines": the state's long form goes with its name
    let k = to;
    while (k > from && STATE_FORM.test(tokens[k - 1].text)) k--;
    if (k < to && lower(tokens[k - 1] ?? tokens[0]) === 'the') k--;
    if (
      k < to &&
      k > from + 1 &&
      lower(tokens[k - 1]) === 'of' &&
      tokens.slice(from, k - 1).some(isHead)
    )
      to = k - 1;
  }
  return { from, to };
}

/** "foreign ministers of Kazakhstan and Russia" → "Foreign minister". */
const singularTitle = (title: string) =>
  title
    .replace(/\s+of\s+.*$/, '')
    .replace(/\b(\w+)s\b/, '$1')
    .replace(/^\w/, (c) => c.toUpperCase());

const sideIn = (ctx: Context, tokens: Token[], range: { from: number; to: number } | null) => {
  if (!range) return null;
  for (let i = range.from; i < range.to; i++) {
    const p = partyAt(ctx, tokens[i]);
    if (p) return p;
  }
  return null;
};

const textOf = (ctx: Context, tokens: Token[], r: { from: number; to: number }) =>
  ctx.text.slice(tokens[r.from].start, tokens[r.to - 1].end);
const spanOfRange = (tokens: Token[], r: { from: number; to: number }): Span => [
  tokens[r.from].start,
  tokens[r.to - 1].end,
];

const INSTITUTIONS =
  /^(?:Forum|Council|Treaty|Agreement|Cooperation|Union|Bank|Fund|Organi[sz]ation|Committee|Commission|Ministry|Agency|Programme|Program|Strategy|Partnership|Initiative|Summit|Conference|Cent(?:re|er)|University|Institute|Foundation|Company|Group|Corporation|Airport|Plaza|Complex|Library|Board|Party|Assembly|Parliament|Office|Department|Peninsula|Sea|Region|Days?|Award|Prize|Act|Declaration|Statement|Memorandum|Alliance|Century|War|Games|Expo|Project|Plan|Zone|Park|Port|Corridor|Railway|Highway|Pipeline)$/;

/** An untitled run of capitals is a name unless it reads as a place or an institution ("the Korean Peninsula"). */
function looksLikeName(ctx: Context, tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1] ? lower(tokens[from - 1]) : '';
  const next = tokens[to];
  if (/^(?:the|on|of|a|an|in|at|to|from)$/.test(prev)) return false;
  if (next && INSTITUTIONS.test(next.text)) return false;
  if (next && lower(next) === 'and' && tokens[to + 1] && INSTITUTIONS.test(tokens[to + 1].text))
    return false;
  if (
    next &&
    lower(next) === 'and' &&
    tokens[to + 1] &&
    isCapitalised(tokens[to + 1].text) &&
    !isNameWord(ctx, tokens[to + 1]) &&
    !isHead(tokens[to + 1])
  )
    return false;
  const phrase = ctx.text.slice(tokens[from].start, tokens[to - 1].end);
  return !capitalCountry(phrase) && !capitalCountry(tokens[from].text);
}

const normal = (name: string) => name.toLowerCase().replace(/[’']/g, "'");
const nameTokens = (name: string) =>
  normal(name)
    .split(/\s+/)
    .filter((w) => !NAME_PARTICLES.has(w) && !/^\p{L}\.$/u.test(w));

export class PeopleFinder {
  readonly people: Person[] = [];
  readonly mentions: PersonMention[] = [];

  constructor(private readonly ctx: Context) {}

  private resolve(name: string): Person | null {
    const words = nameTokens(name);
    const full = this.people.find((p) => normal(p.name) === normal(name));
    if (full) return full;
    if (words.length === 1) {
      const w = words[0];
      const hits = this.people.filter((p) => nameTokens(p.name).includes(w));
      return hits.length === 1
        ? hits[0]
        : (hits.find((p) => nameTokens(p.name).at(-1) === w) ?? null);
    }
    // "Antony J. Blinken" and "Antony Blinken", "Tony Tan Keng Yam" and "Tan"
    const same = this.people.find((p) => {
      const known = nameTokens(p.name);
      return known.at(-1) === words.at(-1) && known[0] === words[0];
    });
    if (same) return same;
    // a headline's "Campbell" is the "Kurt Campbell" of the text: the full name replaces it
    const surname = this.people.filter(
      (p) => nameTokens(p.name).length === 1 && nameTokens(p.name)[0] === words.at(-1),
    );
    if (surname.length === 1) {
      surname[0].name = name;
      return surname[0];
    }
    return null;
  }

  scan(sentence: Sentence, index: number): void {
    const ctx = this.ctx;
    const tokens = tokenize(ctx.text, sentence.start, sentence.end).filter(
      (t) => t.end <= sentence.end,
    );
    let i = 0;
    let lastNameEnd = 0;
    let pending: PartyMention[] = [];
    let pendingTitle: { from: number; to: number } | null = null;
    while (i < tokens.length) {
      // "President von der Leyen": a name may open with its particles after a title
      const particleStart =
        i > 0 &&
        isHead(tokens[i - 1]) &&
        NAME_PARTICLES.has(lower(tokens[i])) &&
        tokens
          .slice(i + 1, i + 4)
          .some(
            (t, n, rest) =>
              isNameWord(ctx, t) && rest.slice(0, n).every((r) => NAME_PARTICLES.has(lower(r))),
          );
      if (!isNameWord(ctx, tokens[i]) && !particleStart) {
        i++;
        continue;
      }
      let j = i + 1;
      while (
        j < tokens.length &&
        (isNameWord(ctx, tokens[j]) ||
          // "Hendrik Sarens": a family name that is also the name of the firm
          (j === i + 1 && isFamilyFirm(ctx, tokens[j])) ||
          (NAME_PARTICLES.has(lower(tokens[j])) &&
            j + 1 < tokens.length &&
            isNameWord(ctx, tokens[j + 1])))
      )
        j++;
      const run = { from: i, to: j };
      const name = textOf(ctx, tokens, run);
      let k = i;
      while (
        k > lastNameEnd &&
        (HONORIFICS.has(lower(tokens[k - 1]).replace(/[.’']$/, '')) ||
          /^[’']$/.test(tokens[k - 1].text) ||
          (tokens[k - 1].text === '.' &&
            k - 2 >= lastNameEnd &&
            HONORIFICS.has(lower(tokens[k - 2]))))
      )
        k--;
      const honorific = k < i;
      const before = titleBefore(ctx, tokens, k, lastNameEnd);
      const known = this.resolve(name);
      const single = j - i === 1;
      const followsTitle = before !== null && before.to === k;
      if (single && !known && !followsTitle && !honorific) {
        i = j;
        continue;
      }
      if (!known && !followsTitle && !honorific && !looksLikeName(ctx, tokens, i, j)) {
        i = j;
        continue;
      }
      let title = followsTitle ? before : null;
      // "the President of the United States, Joe Biden"
      if (!title && k >= 2 && tokens[k - 1].text === ',') {
        const appositive = titleBefore(ctx, tokens, k - 1, lastNameEnd);
        // "The Foreign Secretary, David Lammy," (the title may name no country)
        if (appositive) title = appositive;
      }
      let side = sideIn(ctx, tokens, title);
      // "foreign ministers of Kazakhstan and Russia Mukhtar Tileuberdi and Sergei Lavrov": in that order
      let respective: PartyMention[] = [];
      if (
        title &&
        tokens.slice(title.from, title.to).some((t) => /s$/.test(lower(t)) && isHead(t))
      ) {
        respective = partiesIn(ctx, tokens, title);
        if (respective.length > 1) side = respective[0];
      } else if (
        !title &&
        pending.length &&
        lower(tokens[i - 1] ?? tokens[0]) === 'and' &&
        i - 1 === lastNameEnd
      ) {
        side = pending.shift()!;
        title = pendingTitle;
      }
      // "Dato’ Saifuddin Abdullah, Minister of Foreign Affairs of Malaysia"; "Hendrik Sarens, executive director of Sarens"
      if (!title && tokens[j]?.text === ',') {
        const after = titleAfter(ctx, tokens, j + 1);
        if (after) {
          title = after;
          side = sideIn(ctx, tokens, after);
        }
      }
      // "President Sheikh Khalifa … of the United Arab Emirates"
      if (!side && lower(tokens[j] ?? tokens[0]) === 'of') {
        const k = lower(tokens[j + 1] ?? tokens[0]) === 'the' ? j + 2 : j + 1;
        const p = tokens[k] ? partyAt(ctx, tokens[k]) : null;
        if (p) side = p;
      }
      const nameSpan: Span = [tokens[i].start, tokens[j - 1].end];
      let person = known;
      if (
        person &&
        person.name === name &&
        ctx.text.slice(person.nameSpan[0], person.nameSpan[1]) !== name
      )
        person.nameSpan = nameSpan;
      if (!person) {
        person = {
          id: this.people.length,
          name,
          nameSpan,
          title: null,
          titleSpan: null,
          side: null,
          spans: [],
        };
        this.people.push(person);
      }
      if (respective.length > 1) {
        pending = respective.slice(1);
        pendingTitle = title;
      }
      if (title && !person.title) {
        const post = respective.length > 1 ? title : postOnly(ctx, tokens, title, side);
        person.title =
          respective.length > 1 || pendingTitle === title
            ? singularTitle(textOf(ctx, tokens, post))
            : textOf(ctx, tokens, post);
        person.titleSpan = spanOfRange(tokens, post);
      }
      if (side && !person.side) person.side = side;
      person.spans.push(nameSpan);
      this.mentions.push({
        person,
        title: person.title,
        titleSpan: title ? spanOfRange(tokens, title) : null,
        side: person.side,
        span: nameSpan,
        sentence: index,
        plural: false,
      });
      lastNameEnd = j;
      i = j;
    }
    this.scanTitles(tokens, index);
  }

  /** Titles that stand for a person the text does not name: "The Prime Minister spoke to …". */
  private scanTitles(tokens: Token[], index: number): void {
    const ctx = this.ctx;
    let firstOfSentence = this.mentions.length;
    while (firstOfSentence > 0 && this.mentions[firstOfSentence - 1].sentence === index)
      firstOfSentence--;
    for (let i = 0; i < tokens.length; i++) {
      const counterpart = lower(tokens[i]) === 'counterpart';
      if (
        !isHead(tokens[i]) ||
        (!isCapitalised(tokens[i].text) && !/s$/.test(tokens[i].text) && !counterpart)
      )
        continue;
      const covered = this.mentions
        .slice(firstOfSentence)
        .some(
          (m) =>
            m.titleSpan && m.titleSpan[0] <= tokens[i].start && tokens[i].end <= m.titleSpan[1],
        );
      if (covered) continue;
      // extend back over the title's words and forward over "of the United States"
      let from = i;
      while (
        from > 0 &&
        (isCapitalised(tokens[from - 1].text) || /^(?:foreign)$/i.test(tokens[from - 1].text)) &&
        !/^(?:The|A|An)$/.test(tokens[from - 1].text) &&
        !this.isNamed(tokens[from - 1])
      )
        from--;
      let to = i + 1;
      while (
        to < tokens.length &&
        (isHead(tokens[to]) ||
          (isCapitalised(tokens[to].text) &&
            !this.isNamed(tokens[to]) &&
            !/^(?:The|A|An)$/.test(tokens[to].text)))
      )
        to++;
      if (lower(tokens[to] ?? tokens[0]) === 'of' && to + 1 < tokens.length) {
        const k = lower(tokens[to + 1]) === 'the' ? to + 2 : to + 1;
        if (tokens[k] && partyAt(ctx, tokens[k])) {
          to = k + 1;
          while (to < tokens.length && partyAt(ctx, tokens[to]) === partyAt(ctx, tokens[k])) to++;
        }
      }
      const prev = lower(tokens[from - 1] ?? { text: '', start: 0, end: 0 });
      const plural = /s$/.test(lower(tokens[i])) && lower(tokens[i]) !== 'chiefs';
      const next = tokens[to];
      if (next && isNameWord(ctx, next)) continue; // a name follows: handled above
      // "the G20 Foreign Ministers' Meeting" names an event, not people
      if (
        next &&
        (/^[’']s?$/.test(next.text) ||
          INSTITUTIONS.test(next.text) ||
          /^(?:Meeting|Meetings|Council|Summit|Conference|Forum)$/.test(next.text))
      )
        continue;
      // "met his Uzbek counterpart", "the Prime Minister", "the foreign ministers"
      if (!(
        prev === 'the' ||
        prev === 'their' ||
        plural ||
        (counterpart && /^(?:his|her|its)$/.test(prev))
      ))
        continue;
      const range = { from, to };
      const title = textOf(ctx, tokens, range);
      const side = sideIn(ctx, tokens, range);
      const person = plural ? null : this.resolveTitle(title, side);
      if (person) person.spans.push(spanOfRange(tokens, range));
      this.mentions.push({
        person,
        title: person?.title ?? title,
        titleSpan: spanOfRange(tokens, range),
        side: person?.side ?? side,
        span: spanOfRange(tokens, range),
        sentence: index,
        plural,
      });
      i = to - 1;
    }
  }

  private isNamed(t: Token): boolean {
    for (
      let k = this.mentions.length - 1;
      k >= 0 && this.mentions[k].span[1] >= t.start - 400;
      k--
    ) {
      const m = this.mentions[k];
      if (m.person && m.span[0] <= t.start && t.end <= m.span[1]) return true;
    }
    return false;
  }

  /** A bare title ("the Secretary", "the President of Kazakhstan") refers back to someone already named. */
  resolveTitle(title: string, side: PartyMention | null): Person | null {
    const heads = title
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => TITLE_HEADS.has(w) && w !== 'deputy');
    // every word of "the Prime Minister" must be in the title ("Foreign Minister" is someone else);
    // the country of "the President of Kazakhstan" is checked as a side, not as a word
    const country = side
      ? `${side.name} ${this.ctx.text.slice(side.span[0], side.span[1])}`.toLowerCase()
      : '';
    const wanted = title
      .toLowerCase()
      .split(/[\s/]+/)
      .map((w) => w.replace(/[’']s$/, ''))
      .filter(
        (w) =>
          w.length > 2 &&
          !['the', 'and', 'for'].includes(w) &&
          !country.includes(w) &&
          !TITLE_CONNECTORS.has(w),
      );
    const candidates = this.people.filter((p) => {
      if (!p.title) return false;
      const words = p.title.toLowerCase().split(/[\s/]+/);
      if (!heads.every((h) => words.includes(h))) return false;
      if (!wanted.every((w) => words.includes(w) || (side && w === side.name.toLowerCase())))
        return false;
      if (words.includes('deputy') && !title.toLowerCase().includes('deputy')) return false;
      return !side || !p.side || p.side.code === side.code;
    });
    if (candidates.length === 1) return candidates[0];
    const whole = candidates.filter((p) => p.title!.toLowerCase().includes(title.toLowerCase()));
    if (whole.length === 1) return whole[0];
    const sameSide = side ? candidates.filter((p) => p.side?.code === side.code) : [];
    return sameSide.length === 1 ? sameSide[0] : null;
  }
}
