import { api, query } from '../api/client';
import type { DirectoryEntry, PartyKind, PartyRef, Topic } from '../api/types';
import type { Option } from './combobox';

export type Picked = DirectoryEntry;

/** Searches the directory of parties and sources on record. */
export async function searchDirectory(text: string, kinds: Array<PartyKind | 'source'>): Promise<Picked[]> {
  const { items } = await api<{ items: DirectoryEntry[] }>(`/directory${query({ q: text.trim(), kinds: kinds.join(','), limit: 15 })}`);
  return items;
}

export const asOption = (e: Picked): Option => ({ key: `${e.kind}:${e.id}`, label: e.name, detail: e.detail ?? kindLabel(e.kind) });
export const refOf = (e: Picked): PartyRef => ({ kind: e.kind as PartyKind, id: e.id });

export function kindLabel(kind: string): string {
  return { country: 'country', organisation: 'organisation', person: 'person', source: 'source' }[kind] ?? kind;
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
/** A party's name from its key (alpha-3 or UUID), via the directory; the key itself if unknown. */
export function nameOf(id: string): Promise<string> {
  if (!names.has(id)) {
    names.set(
      id,
      api<{ items: DirectoryEntry[] }>(`/directory${query({ q: id, limit: 5 })}`).then(
        ({ items }) => items.find((e) => e.id === id)?.name ?? id,
        () => id,
      ),
    );
  }
  return names.get(id)!;
}
