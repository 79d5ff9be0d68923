import type { ReadModelReader, Row } from '@chancery/projections';

/**
 * The posts among `posts` held at parties the caller may see. A post at a party above their
 * clearance (a confidential organisation) would name it: it is left out, wherever a title shows.
 */
export async function visiblePosts(
  reader: ReadModelReader,
  posts: Row[],
  levels: readonly string[],
): Promise<Row[]> {
  const places = [...new Set(posts.map((p) => String(p.at_party)))];
  const registered = places.length
    ? await reader.select('parties', { where: { party: { in: places } } })
    : [];
  const hidden = new Set(
    registered
      .filter((r) => !levels.includes(String(r.classification)))
      .map((r) => String(r.party)),
  );
  return posts.filter((p) => !hidden.has(String(p.at_party)));
}
