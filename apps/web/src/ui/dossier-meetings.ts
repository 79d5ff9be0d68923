import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { nameOf } from './directory';
import { countryName } from './words';

interface MeetingRecord {
  place?: { city?: string | null; country?: string | null } | null;
  participants?: { party?: { id?: string } | null; title?: string | null }[];
}

const named = new Map<string, Promise<string | null>>();

/**
 * What tells an untitled meeting apart: who took part and where (`Meeting with Xavier Bettel in
 * Luxembourg`); `except` (the dossier's own person) is left out of the list. Null if unreadable.
 */
function describe(id: string, except?: string): Promise<string | null> {
  const key = `${id}|${except ?? ''}`;
  if (!named.has(key)) {
    named.set(
      key,
      api<MeetingRecord>(`/meetings/${encodeURIComponent(id)}`)
        .then(async (m) => {
          const parts = (m.participants ?? []).filter((p) => p.party?.id !== except);
          const people = await Promise.all(parts.map((p) => (p.party?.id ? nameOf(p.party.id) : Promise.resolve(p.title ? `the ${p.title}` : null))));
          const who = people.filter((p): p is string => Boolean(p));
          const place = m.place?.city || (m.place?.country ? countryName(m.place.country) : '');
          const list = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}` : who[0];
          if (!list && !place) return null;
          return `Meeting${list ? ` ${except ? 'with' : 'of'} ${list}` : ''}${place ? ` in ${place}` : ''}`;
        })
        .catch(() => null),
    );
  }
  return named.get(key)!;
}

/** Names for the untitled meetings among `items`, read once each; titled ones keep their title. */
export function useMeetingNames(items: { id: string; kind?: unknown; title?: unknown }[], except?: string): Map<string, string> {
  const [names, setNames] = useState(new Map<string, string>());
  const untitled = items.filter((i) => (i.kind === undefined || i.kind === 'meeting') && !(typeof i.title === 'string' && i.title.trim())).map((i) => i.id);
  const key = untitled.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(untitled.map(async (id): Promise<[string, string | null]> => [id, await describe(id, except)])).then((pairs) => {
      if (live) setNames(new Map(pairs.filter((p): p is [string, string] => p[1] !== null)));
    });
    return () => {
      live = false;
    };
  }, [key, except]);
  return names;
}
