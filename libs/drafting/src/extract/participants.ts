import type { DraftParticipant, Proposed, Span } from '../draft.types';
import type { PartyMention } from '../gazetteer/parties';
import { notStated, stated } from '../proposed';
import type { Analysis } from './analysis';
import type { PersonMention } from './people';

export interface SideReading {
  party: PartyMention;
  basis: 'text' | 'publisher' | 'context';
  span: Span | null;
}

const sideCode = (p: PartyMention) => (p.kind === 'country' ? p.code : p.code);

/** Whom a person speaks for: the party in their title, else what the context says, else the publisher. */
export function sideOf(
  a: Analysis,
  m: PersonMention,
  context: PartyMention | null = null,
): SideReading | null {
  const own = m.person?.side ?? m.side;
  if (own) return { party: own, basis: 'text', span: own.span };
  if (context) return { party: context, basis: 'context', span: context.span };
  if (a.publisher) return { party: a.publisher, basis: 'publisher', span: m.titleSpan ?? m.span };
  return null;
}

export function participant(m: PersonMention, side: SideReading | null): DraftParticipant {
  const title = m.person ? m.person.title : m.title;
  const titleSpan = m.person ? m.person.titleSpan : m.titleSpan;
  return {
    name: m.person ? stated(m.person.name, m.span) : notStated(),
    title: title ? stated(title, titleSpan) : notStated(),
    organisation_or_country: side ? proposedSide(side, side.party.name) : notStated(),
    side: side ? proposedSide(side, sideCode(side.party)) : notStated(),
  };
}

export function partyParticipant(p: PartyMention, title: string | null = null): DraftParticipant {
  return {
    name: notStated(),
    title: title ? stated(title, p.span) : notStated(),
    organisation_or_country: stated(p.name, p.span),
    side: stated(sideCode(p), p.span),
  };
}

function proposedSide(side: SideReading, value: string): Proposed<string> {
  return side.basis === 'text' ? stated(value, side.span) : stated(value, side.span, side.basis);
}

export const participantKey = (p: DraftParticipant) =>
  `${p.name.value ?? ''}|${p.title.value ?? ''}|${p.side.value ?? ''}`;
