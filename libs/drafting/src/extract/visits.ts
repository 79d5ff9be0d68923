import type { DraftVisit } from '../draft.types';
import { capitalCountry } from '../gazetteer/parties';
import { notStated, stated } from '../proposed';
import { inQuote, type Analysis } from './analysis';
import type { PersonMention } from './people';

export interface VisitReading extends DraftVisit {
  headId: number | null;
}

const VISIT =
  /\b(?:(?:an?|the|his|her|their|its) )?((?:official|state|working|short-term|private|first|two-day|three-day|four-day|\w+-day|official and working|state and official)(?: \w+)? )?visit (?:to|in) (?:the )?([\p{Lu}][\p{L}’'\-.]+(?: (?:of )?[\p{Lu}][\p{L}\-.]+)*)/giu;

/** "who arrived in Astana on an official visit": the place comes first. */
const ARRIVED =
  /\barrived in (?:the )?([\p{Lu}][\p{L}’'\-.]+(?: (?:of )?[\p{Lu}][\p{L}\-.]+)*) (?:on|for) (?:an? |the |his |her )?((?:official|state|working|short-term|private|first|two-day|three-day|\w+-day|official and working|state and official)(?: \w+)? )?visit\b/giu;

/** "Foreign Minister X visited Indonesia on 12 June": a visit of no stated kind. */
const VISITED = /\bvisited (?:the )?([\p{Lu}][\p{L}’'\-.]+(?: (?:of )?[\p{Lu}][\p{L}\-.]+)*)/gu;

interface VisitWords {
  index: number;
  full: string;
  kind: string | undefined;
  place: string;
  nearestHead: boolean;
}

function visitWords(text: string): VisitWords[] {
  return [
    ...[...text.matchAll(VISIT)].map((m) => ({
      index: m.index ?? 0,
      full: m[0],
      kind: m[1],
      place: m[2],
      nearestHead: false,
    })),
    ...[...text.matchAll(ARRIVED)].map((m) => ({
      index: m.index ?? 0,
      full: m[0],
      kind: m[2],
      place: m[1],
      nearestHead: true,
    })),
    ...[...text.matchAll(VISITED)].map((m) => ({
      index: m.index ?? 0,
      full: m[0],
      kind: undefined,
      place: m[1],
      nearestHead: true,
    })),
  ].sort((x, y) => x.index - y.index);
}

/** Visits: "paid an official visit to the Grand Duchy of Luxembourg on Oct. 14", "his visit to Ukraine". */
export function findVisits(a: Analysis): VisitReading[] {
  const visits: VisitReading[] = [];
  a.sentences.forEach((s, index) => {
    for (const w of visitWords(s.text)) {
      const at = s.start + w.index;
      if (inQuote(a, at)) continue;
      if (visits.some((v) => v.span[0] <= at && at < v.span[1])) continue;
      const placeAt =
        s.start +
        w.index +
        w.full.indexOf(w.place, w.nearestHead ? 0 : w.full.length - w.place.length - 1);
      const placeEnd = placeAt + w.place.length;
      const country = a.parties.find(
        (p) => p.kind === 'country' && p.span[0] >= placeAt && p.span[1] <= placeEnd,
      );
      const city = capitalCountry(w.place.split(' ')[0]);
      if (!country && !city) continue;
      const head = w.nearestHead ? nearestHead(a, index, at) : headOf(a, index, at);
      const dates = a.dates.filter(
        (d) => d.span[0] >= at && d.span[1] <= s.end && d.value && !d.vague,
      );
      const first = dates[0];
      const planned = /\b(?:will|to pay|plans? to|is to|invited)\b/i.test(s.text.slice(0, w.index));
      const side = head?.person?.side ?? head?.side ?? null;
      visits.push({
        delegation_of: side
          ? stated(side.code, side.span)
          : head?.person && a.publisher
            ? stated(a.publisher.code, head.span, 'publisher')
            : notStated(),
        head: {
          name: head?.person ? stated(head.person.name, head.span) : notStated(),
          title: head?.person?.title
            ? stated(head.person.title, head.person.titleSpan)
            : notStated(),
        },
        host_country: country
          ? stated(country.code, country.span)
          : stated(city!, [placeAt, placeEnd], 'context'),
        start: first ? stated(first.value!, first.span) : notStated(),
        end: first ? stated(first.end ?? first.value!, first.span) : notStated(),
        kind: w.kind
          ? stated(`${planned ? 'planned: ' : ''}${w.kind.trim()}`, [at, at + w.full.length])
          : notStated(),
        span: [at, at + w.full.length],
        headId: head?.person?.id ?? null,
      });
    }
  });
  return visits;
}

function nearestHead(a: Analysis, sentence: number, before: number): PersonMention | null {
  return (
    a.mentions.filter((m) => m.sentence === sentence && m.person && m.span[1] <= before).at(-1) ??
    null
  );
}

function headOf(a: Analysis, sentence: number, before: number): PersonMention | null {
  const here = a.mentions.filter((m) => m.sentence === sentence && m.person && m.span[1] <= before);
  if (here.length) return here[0];
  for (let i = sentence - 1; i >= 0; i--) {
    const named = a.mentions.find((m) => m.sentence === i && m.person);
    if (named) return named;
  }
  return null;
}
