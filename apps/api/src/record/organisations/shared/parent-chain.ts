import { organisationDecider, organisationStream } from '@chancery/diplomacy';
import type { StreamReader } from '@chancery/event-sourcing';

/** Deep enough for any real hierarchy; a longer chain is cut, never followed forever. */
const MAX_DEPTH = 64;

/**
 * The organisations `parentId` is part of, nearest first, as on record now: what the decider needs
 * to refuse a part-of link that would close a cycle (`LINK.CYCLE`).
 */
export async function parentChain(
  reader: StreamReader,
  parentId: string | null | undefined,
): Promise<string[]> {
  const chain: string[] = [];
  let id = parentId ?? null;
  while (id && chain.length < MAX_DEPTH) {
    const { state } = await reader.load(organisationStream(id), organisationDecider);
    id = state.status === 'empty' ? null : state.record.partOfId;
    if (id === null || chain.includes(id)) break;
    chain.push(id);
  }
  return chain;
}
