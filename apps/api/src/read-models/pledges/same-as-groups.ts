import type { ReadModelReader } from '@chancery/projections';

/**
 * Pledges linked `same-as` (tentative or confirmed) are one project reported again: each pledge
 * maps to its group's id, the smallest pledge id in it. Only links between pledges in `visible`
 * join groups, so a pledge the caller may not see never merges two they can.
 */
export async function sameAsGroups(
  reader: ReadModelReader,
  visible: ReadonlySet<string>,
): Promise<Map<string, string>> {
  if (visible.size === 0) return new Map();
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const links = await reader.select('pledge_links', { where: { relation: 'same-as' } });
  for (const link of links) {
    const [a, b] = [String(link.pledge_id), String(link.other_pledge_id)];
    if (!visible.has(a) || !visible.has(b)) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return new Map([...visible].map((id) => [id, find(id)]));
}
