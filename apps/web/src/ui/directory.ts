import { api, query } from '../api/client';
import type { DirectoryEntry, PartyKind, PartyRef, Topic } from '../api/types';
import type { Option } from './combobox';
import { formatDay } from './dates';
import { countryName } from './words';

export type Picked = DirectoryEntry;

/** Searches the directory of parties and sources on record. */
export async function searchDirectory(
  text: string,
  kinds: Array<PartyKind | 'source'>,
): Promise<Picked[]> {
  const { items } = await api<{ items: DirectoryEntry[] }>(
    `/directory${query({ q: text.trim(), kinds: kinds.join(','), limit: 15 })}`,
  );
  return Promise.all(
    items.map(async (e) =>
      e.kind === 'meeting'
        ? { ...e, ...(await describeMeeting(e)) }
        : { ...e, detail: readableDetail(e) },
    ),
  );
}

const meetings = new Map<string, Promise<{ name: string; detail: string | null }>>();
/**
 * What tells meetings apart in a picker: the place and who took part (`14 October 2024 in
 * Luxembourg, with Murat Nurtleu and Luc Frieden`), read once per meeting and page load.
 */
function describeMeeting(e: DirectoryEntry): Promise<{ name: string; detail: string | null }> {
  if (!meetings.has(e.id)) {
    const described = api<{
      title: string | null;
      date: string | null;
      place: { city: string | null; country: string | null } | null;
      participants: { party: { id: string } | null; title?: string | null }[];
    }>(`/meetings/${e.id}`).then(
      async (m) => {
        // An unnamed participant reads by the title the source gives: `the Prime Minister`.
        const people = await Promise.all(m.participants.map((p) => (p.party ? nameOf(p.party.id) : Promise.resolve(p.title ? `the ${p.title}` : 'someone not named'))));
        const place = m.place?.city || (m.place?.country ? countryName(m.place.country) : null);
        const where = place ? ` in ${place}` : '';
        const when = m.date ? formatDay(m.date) : 'a date not stated';
        const who = people.length
          ? `, with ${people.slice(0, -1).join(', ')}${people.length > 1 ? ' and ' : ''}${people[people.length - 1]}`
          : '';
        return {
          name: m.title ?? `Meeting${where} on ${when}`,
          detail: `${when}${where}${who}`,
        };
      },
    ).catch(() => {
      meetings.delete(e.id); // asked again next time, not remembered as unreadable
      return { name: e.name, detail: readableDetail(e) };
    });
    meetings.set(e.id, described);
  }
  return meetings.get(e.id)!;
}

/** The directory's detail in words: a country's code left out, `(KAZ)` as `(Kazakhstan)`, dates as people write them. */
function readableDetail(e: DirectoryEntry): string | null {
  if (!e.detail || (e.kind === 'country' && e.detail === e.id)) return null;
  return e.detail
    .replace(/\b[A-Z]{3}\b/g, (code) => countryName(code))
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day));
}

export const asOption = (e: Picked): Option => ({
  key: `${e.kind}:${e.id}`,
  label: e.name,
  detail: e.detail ?? kindLabel(e.kind),
});
export const refOf = (e: Picked): PartyRef => ({ kind: e.kind as PartyKind, id: e.id });

export function kindLabel(kind: string): string {
  return (
    { country: 'country', organisation: 'organisation', person: 'person', source: 'source' }[
      kind
    ] ?? kind
  );
}

let topics: Promise<Topic[]> | null = null;
/** The topic vocabulary, fetched once per page load (admins rarely extend it). */
export function topicVocabulary(): Promise<Topic[]> {
  topics ??= api<Topic[]>('/topics').catch((error: Error) => {
    topics = null;
    throw error;
  });
  return topics;
}

const names = new Map<string, Promise<string>>();
/**
 * A party's name from its key (alpha-3 or UUID), via the directory; the key itself if unknown.
 * Only a name found is kept: a directory still loading (503) or not yet holding a party just
 * recorded is asked again next time, rather than showing the key for the rest of the session.
 */
export function nameOf(id: string): Promise<string> {
  if (!names.has(id)) {
    const forget = () => {
      names.delete(id);
      return id;
    };
    names.set(
      id,
      api<{ items: DirectoryEntry[] }>(`/directory${query({ q: id, limit: 5 })}`).then(
        ({ items }) => items.find((e) => e.id === id)?.name ?? forget(),
        forget,
      ),
    );
  }
  return names.get(id)!;
}
