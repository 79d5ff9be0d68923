import type { PartyRef, PledgeFacts, Target } from '@chancery/diplomacy';
import { UnknownReferenceError } from '@chancery/event-sourcing';
import { invalidFields } from '../../http/validation';
import { asTarget } from './targets';

type Given = {
  pledgers?: PartyRef[];
  beneficiaries?: PartyRef[];
  areas?: string[];
  targets?: Target[];
  pledger?: PartyRef;
  beneficiary?: PartyRef;
  area?: string;
  target?: object | null;
};

const ALIASES = [
  ['pledger', 'pledgers'],
  ['beneficiary', 'beneficiaries'],
  ['area', 'areas'],
  ['target', 'targets'],
] as const;

/**
 * The lists of a pledge's facts from a request, the one-party form of before read as one-item
 * lists; only the fields given (a correction changes only those). Both forms at once is a 400.
 */
export function pledgeLists(given: Given, prefix = ''): Partial<PledgeFacts> {
  const both = ALIASES.filter(
    ([one, many]) => given[one] !== undefined && given[many] !== undefined,
  );
  if (both.length)
    throw invalidFields(
      both.map(([one, many]) => ({
        field: `${prefix}${one}`,
        reason: `${prefix}${one} is the one-item form of ${prefix}${many}: give one of them`,
      })),
    );
  const out: Partial<PledgeFacts> = {};
  const pledgers = given.pledgers ?? (given.pledger ? [given.pledger] : undefined);
  const beneficiaries =
    given.beneficiaries ?? (given.beneficiary ? [given.beneficiary] : undefined);
  const areas = given.areas ?? (given.area !== undefined ? [given.area] : undefined);
  const targets =
    given.targets ?? (given.target === undefined ? undefined : given.target ? [given.target] : []);
  if (pledgers) out.pledgers = pledgers.map((p) => ({ kind: p.kind, id: p.id }));
  if (beneficiaries) out.beneficiaries = beneficiaries.map((p) => ({ kind: p.kind, id: p.id }));
  if (areas) out.areas = [...areas];
  if (targets) out.targets = targets.map((t) => asTarget(t));
  return out;
}

/** The list fields given in the one-item form, as errors should name them (`pledgers[0]` → `pledger`). */
export function oneItemNames(given: Given, prefix = ''): Map<string, string> {
  const names = new Map<string, string>();
  for (const [one, many] of ALIASES)
    if (given[one] !== undefined) names.set(`${prefix}${many}[0]`, `${prefix}${one}`);
  return names;
}

/** Rethrows `error`, an unknown reference naming a list item given in the one-item form named so. */
export function namedAsGiven(names: Map<string, string>) {
  return (error: unknown): never => {
    if (!(error instanceof UnknownReferenceError) || names.size === 0) throw error;
    throw new UnknownReferenceError(
      error.missing.map((m) => ({ ...m, field: names.get(m.field) ?? m.field })),
    );
  };
}
