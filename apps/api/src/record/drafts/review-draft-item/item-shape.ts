import type { DraftItemKind } from '@chancery/diplomacy';
import { checkShape } from '../../../../../cli/src/import/press-release';
import { invalidFields } from '../../../http/validation';

const EMPTY = { visits: [], meetings: [], pledges: [], statements: [], indicators: [] };
const SOURCE = { publisher: 'x', title: 'x', published: 'not stated', url: null };

/** 400 naming the field when an edited value is not a record of its kind in the press-release shape. */
export function requireItemShape(kind: DraftItemKind, path: string, value: unknown): void {
  const release =
    kind === 'source' ? { ...EMPTY, source: value } : { ...EMPTY, source: SOURCE, [kind]: [value] };
  const problems = checkShape(release);
  if (problems.length === 0) return;
  const field = (p: string) => p.replace(/^\$\.(source|\w+\[0\])\.?/, '') || 'value';
  throw invalidFields(problems.map((p) => ({ field: `value.${field(p.path)}`, reason: p.reason })));
}
