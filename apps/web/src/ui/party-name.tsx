import { useEffect, useState } from 'react';
import { nameOf } from './directory';
import { countryName } from './words';

/** Shows a party's name for its key, falling back to the key while (or if) it is not found. */
export function PartyName({ id, known }: { id: string; known?: Map<string, string> }) {
  return <>{usePartyName(id, known)}</>;
}

/** A party's name for its key: a country's from ISO 3166 at once, anyone else's from the directory. */
export function usePartyName(id: string, known?: Map<string, string>): string {
  const [name, setName] = useState(known?.get(id) ?? countryName(id));
  useEffect(() => {
    setName(known?.get(id) ?? countryName(id));
    if (known?.has(id) || countryName(id) !== id) return;
    let live = true;
    void nameOf(id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [id, known]);
  return name;
}
