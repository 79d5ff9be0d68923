import type { PledgeRegisterItem } from '../api/types';
import { labelOf, PLEDGE_LEVELS } from '../api/vocabulary';
import { codeLabel } from './words';

export const STATUS_ORDER = ['open', 'fulfilled', 'lapsed', 'withdrawn'];

/** How many pledges stand at each level and status, levels in their order of strength. */
export function byLevelAndStatus(pledges: PledgeRegisterItem[]): { level: string; status: string; pledges: number }[] {
  const counts = new Map<string, number>();
  for (const p of pledges) {
    const key = `${p.level}|${p.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rank = (level: string) => {
    const i = PLEDGE_LEVELS.findIndex(([code]) => code === level);
    return i < 0 ? PLEDGE_LEVELS.length : i;
  };
  return [...counts]
    .map(([key, n]) => {
      const [level, status] = key.split('|');
      return { code: level, statusCode: status, level: labelOf(PLEDGE_LEVELS, level), status: codeLabel(status), pledges: n };
    })
    .sort((a, b) => rank(a.code) - rank(b.code) || STATUS_ORDER.indexOf(a.statusCode) - STATUS_ORDER.indexOf(b.statusCode))
    .map(({ level, status, pledges: n }) => ({ level, status, pledges: n }));
}
