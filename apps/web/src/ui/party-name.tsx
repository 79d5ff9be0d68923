import { useEffect, useState } from 'react';
import { nameOf } from './directory';

/** Shows a party's name for its key, falling back to the key while (or if) it is not found. */
export function PartyName({ id, known }: { id: string; known?: Map<string, string> }) {
  const [name, setName] = useState(known?.get(id) ?? id);
  useEffect(() => {
    if (known?.has(id)) return;
    let live = true;
    void nameOf(id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [id, known]);
  return <>{name}</>;
}
