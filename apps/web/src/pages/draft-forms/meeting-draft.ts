import type { Picked } from '../../ui/directory';
import type { DraftEdit } from '../../ui/draft-edit';
import { formatPartialDate, partialDateOrNull } from '../../ui/partial-dates';
import { countryName } from '../../ui/words';
import type { MeetingFields } from '../log-meeting';
import {
  DRAFT_DATE,
  isDraftDate,
  partsOf,
  partyWords,
  pickedFor,
  type DraftPicked,
} from './draft-parties';
import {
  keptWords,
  notStated,
  renameBy,
  saveRenamed,
  topicWords,
  type SaveValue,
} from './draft-save';

/** A meeting in the press-release shape. */
interface DraftParticipant {
  name: string | null;
  title: string;
  organisation_or_country: string | null;
  side: string | null;
}
export interface MeetingValue {
  date: string | null;
  place: { city: string | null; country: string | null };
  format: string;
  participants: DraftParticipant[];
  topics: string[];
}

/** The draft's formats (words) and the form's (the API's codes): only these four does a commit take. */
const FORMATS: Record<string, string> = {
  bilateral: 'bilateral',
  multilateral: 'multilateral',
  call: 'call',
  'video call': 'video-call',
};
const FORMAT_WORDS = Object.fromEntries(
  Object.entries(FORMATS).map(([words, code]) => [code, words]),
);

export const PERSON_MISSING = 'not on record yet: recorded with the draft';
export const PARTY_MISSING =
  'not on record yet: the commit leaves out what it is named in until it is';

/** A side: one party by name; "KAZ+LUX" reads "Kazakhstan and Luxembourg", which a meeting's side cannot be. */
async function sideFor(words: string | null): Promise<DraftPicked | null> {
  if (!words) return null;
  const parts = partsOf(words);
  if (parts.length > 1)
    return {
      kind: 'organisation',
      id: '',
      name: parts.map(countryName).join(' and '),
      detail: 'several parties: choose the one this participant represented',
      classification: 'internal',
      words,
    };
  return pickedFor(words, ['country', 'organisation'], PARTY_MISSING);
}

/** The form's fields for a drafted meeting, and the meeting back from them; people and parties by name. */
export async function meetingDraft(
  value: MeetingValue,
  name: string,
  save: SaveValue,
  cancel: () => void,
): Promise<DraftEdit<MeetingFields>> {
  const topics = await topicWords();
  const participants = await Promise.all(
    value.participants.map(async (p, i) => ({
      key: `draft:${i}`,
      party: p.name ? await pickedFor(p.name, ['person'], PERSON_MISSING) : null,
      title: notStated(p.title),
      side: await sideFor(p.side),
      role: '',
    })),
  );
  const initial: MeetingFields = {
    date: value.date ? formatPartialDate(value.date) : '',
    city: value.place?.city ?? '',
    country: value.place?.country
      ? await pickedFor(value.place.country, ['country'], 'not a country the draft could name')
      : null,
    format: FORMATS[value.format] ?? 'bilateral',
    participants,
    topics: value.topics.map(topics.slugOf),
  };
  const topicsBack = keptWords(value.topics, initial.topics);
  const toValue = (f: MeetingFields): MeetingValue => ({
    ...value,
    date: partialDateOrNull(f.date),
    place: { city: f.city.trim() || null, country: f.country ? partyWords(f.country) : null },
    format: FORMAT_WORDS[f.format] ?? f.format,
    participants: f.participants.map((p) => participantValue(p, value)),
    topics: topicsBack(f.topics, topics.labelOf),
  });
  const check = (f: MeetingFields) => ({
    date: isDraftDate(partialDateOrNull(f.date)) ? '' : DRAFT_DATE,
    format: FORMAT_WORDS[f.format]
      ? ''
      : 'A draft records a bilateral or multilateral meeting, a call or a video call: choose one of these',
    ...Object.fromEntries(
      f.participants.map((p, i) => [
        `participants[${i}].side`,
        p.side && partsOf(partyWords(p.side)).length > 1
          ? 'Choose the one side this participant represented'
          : '',
      ]),
    ),
  });
  const rename = renameBy({ place: 'place', participants: 'participants', topics: 'topics' });
  return {
    name,
    initial,
    check,
    cancel,
    save: (f) =>
      saveRenamed(save, toValue(f) as unknown as Record<string, unknown>, (field) =>
        rename(field)
          .replace(/^place\.country/, 'place')
          .replace(/^(participants\[\d+\])\.name/, '$1.party')
          .replace(/^(participants\[\d+\])\.organisation_or_country/, '$1.side'),
      ),
  };
}

/** A participant as the draft holds it: a person by name, or someone the release names only by title. */
function participantValue(
  p: MeetingFields['participants'][number],
  value: MeetingValue,
): DraftParticipant {
  const was = p.key.startsWith('draft:') ? value.participants[Number(p.key.slice(6))] : undefined;
  const party: Picked | null = p.party;
  const person = party?.kind === 'person' ? partyWords(party) : null;
  const title = p.title.trim() || (party && party.kind !== 'person' ? party.name : 'not stated');
  const side = p.side ?? (party && party.kind !== 'person' ? party : null);
  return {
    name: person,
    title,
    organisation_or_country:
      was && side && partyWords(side) === was.side
        ? was.organisation_or_country
        : side
          ? side.name
          : (was?.organisation_or_country ?? null),
    side: side ? partyWords(side) : null,
  };
}
