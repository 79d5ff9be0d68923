import { assigneeOf, DomainError } from '@chancery/diplomacy';
import type { UserDirectory } from '@chancery/identity';

/** A follow-up given to a desk needs a desk someone is on; a person is checked as a reference. */
export function requireKnownDesk(directory: UserDirectory, assignee: string | undefined): void {
  if (!assignee?.trim()) return;
  const owner = assigneeOf(assignee.trim());
  if (owner.kind === 'desk' && !directory.desks().includes(owner.desk.trim())) {
    throw new DomainError('FOLLOW_UP.UNKNOWN_DESK', `there is no ${owner.desk} desk`, [
      { field: 'assignee' },
    ]);
  }
}
