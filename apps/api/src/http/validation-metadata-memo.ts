import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Metadatas = ReturnType<Storage['getTargetValidationMetadatas']>;
type Grouped = ReturnType<Storage['groupByPropertyName']>;

const memoised = new WeakSet<Storage>();

/**
 * class-validator finds a class's rules by testing `instanceof` against every class it holds
 * rules for, once per validated object (a meeting has seven nested ones), and regroups them by
 * property each time: about a sixth of a RecordMeeting request's CPU. Rules only change when a
 * decorator runs, so both answers are kept per class and forgotten whenever a rule is added.
 */
export function memoiseValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (memoised.has(storage)) return;
  memoised.add(storage);
  let lookups = new WeakMap<object, Map<string, Metadatas>>();
  let groupings = new WeakMap<Metadatas, Grouped>();
  const forget = () => {
    lookups = new WeakMap();
    groupings = new WeakMap();
  };

  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let byOptions = lookups.get(target);
    if (!byOptions) lookups.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadatas) => {
    let grouped = groupings.get(metadatas);
    if (!grouped) groupings.set(metadatas, (grouped = group(metadatas)));
    return grouped;
  };

  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[method].bind(storage) as (metadata: never) => void;
    storage[method] = (metadata: never) => {
      forget();
      add(metadata);
    };
  }
}
