import type { PledgeRegisterItem } from '../api/types';
import { pledgersOf } from './register-parties';

/**
 * Compliance per pledger and year, as the API reckons it: a pledge falls due when it is fulfilled
 * or lapsed (in the year its status changed), or when its target date passes while still open or
 * withdrawn (in that year). Compliance is the share of those due that were fulfilled.
 */
export function complianceOverTime(pledges: (PledgeRegisterItem & { statusOn?: string | null })[], today: string): { pledger: string; year: string; due: number; fulfilled: number; compliance: number }[] {
  const groups = new Map<string, { pledger: string; year: string; due: number; fulfilled: number }>();
  for (const p of pledges) {
    let when: string | null = null;
    if (p.status === 'fulfilled' || p.status === 'lapsed') when = p.statusOn ?? p.targetDate ?? p.pledgedOn;
    else if (p.targetDate && p.targetDate < today) when = p.targetDate;
    const year = when && /^\d{4}/.exec(when)?.[0];
    if (!year) continue;
    for (const pledger of pledgersOf(p)) {
      const key = `${pledger}|${year}`;
      const g = groups.get(key) ?? { pledger, year, due: 0, fulfilled: 0 };
      g.due += 1;
      if (p.status === 'fulfilled') g.fulfilled += 1;
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .map((g) => ({ ...g, compliance: Math.round((g.fulfilled / g.due) * 100) }))
    .sort((a, b) => a.year.localeCompare(b.year) || a.pledger.localeCompare(b.pledger));
}
