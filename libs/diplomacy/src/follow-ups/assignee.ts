/**
 * Who a follow-up is assigned to, as stored in `assignee`: a member of staff's user name
 * (`a.muller`), or a desk written `desk:<name>` (`desk:Benelux`). User names cannot hold a colon,
 * so the two never collide, and every follow-up event written before desks existed still reads
 * as a person: no event changes shape, nothing needs upcasting.
 */
export type Assignee = { kind: 'person'; userId: string } | { kind: 'desk'; desk: string };

const DESK_PREFIX = 'desk:';

export function assigneeOf(stored: string): Assignee {
  return stored.startsWith(DESK_PREFIX)
    ? { kind: 'desk', desk: stored.slice(DESK_PREFIX.length) }
    : { kind: 'person', userId: stored };
}

export const deskAssignee = (desk: string): string => `${DESK_PREFIX}${desk}`;
