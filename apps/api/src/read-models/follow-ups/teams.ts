import { Injectable } from '@nestjs/common';
import type { Condition } from '@chancery/projections';
import { deskAssignee } from '@chancery/diplomacy';
import { UserDirectory } from '@chancery/identity';

/** Whose follow-ups "mine" and "my team's" are, as a condition on the board's assignee column. */
@Injectable()
export class Teams {
  constructor(private readonly directory: UserDirectory) {}

  /**
   * mine: assigned to me by name. team: assigned to one of my desks, or to a colleague on one of
   * them (not to me: those are mine). Someone on no desk has no team, so nothing matches.
   */
  assigneesOf(
    me: { id: string; desks: readonly string[] },
    scope: 'mine' | 'team',
    owner?: string,
  ): Condition {
    if (scope === 'mine') return owner && owner !== me.id ? { in: [] } : me.id;
    const colleagues = this.directory.membersOf(me.desks).filter((id) => id !== me.id);
    const team = [...me.desks.map(deskAssignee), ...colleagues];
    return { in: owner ? team.filter((who) => who === owner) : team };
  }
}
