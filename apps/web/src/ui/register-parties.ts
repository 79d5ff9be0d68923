import type { PledgeRegisterItem } from '../api/types';

/**
 * Who pledged and who benefits, whether the API names one party (`pledger`) or several
 * (`pledgers`, as pledges made jointly are being recorded): always a list of party keys.
 */
export function pledgersOf(p: PledgeRegisterItem): string[] {
  return partiesIn((p as unknown as Record<string, unknown>).pledgers, p.pledger);
}

export function beneficiariesOf(p: PledgeRegisterItem): string[] {
  return partiesIn((p as unknown as Record<string, unknown>).beneficiaries, p.beneficiary);
}

function partiesIn(list: unknown, one: unknown): string[] {
  const all = Array.isArray(list) ? list : one === null || one === undefined ? [] : [one];
  return all.map((x) => (typeof x === 'object' && x !== null && 'id' in x ? String((x as { id: unknown }).id) : String(x)));
}
