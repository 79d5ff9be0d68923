import type { RecordedEvent } from '@chancery/event-store';
import { asUserEvent } from '../domain/user.events';
import { evolve, initialUser, RegisteredUser, User } from '../domain/user';
import { userStream } from './user-streams';

interface TokenEntry {
  userId: string;
  tokenId: string;
  expiresAt: number;
}

/**
 * The in-memory view of every user and a token-hash index for O(1) authentication.
 * It is fed the user streams' events in order; events it has already seen are skipped,
 * so the writer's own catch-up and the subscription may both deliver the same event.
 */
export class UserDirectory {
  private readonly users = new Map<string, { state: User; revision: number }>();
  private readonly tokens = new Map<string, TokenEntry>();

  apply(recorded: RecordedEvent): void {
    const event = asUserEvent(recorded);
    if (!event) return;
    const known = this.users.get(recorded.streamId) ?? { state: initialUser(), revision: -1 };
    if (recorded.revision <= known.revision) return;
    const next = evolve(known.state, event);
    this.reindexTokens(known.state, next);
    this.users.set(recorded.streamId, { state: next, revision: recorded.revision });
  }

  /** Last revision applied for a user stream, or -1. */
  revisionOf(streamId: string): number {
    return this.users.get(streamId)?.revision ?? -1;
  }

  findToken(tokenHash: string): TokenEntry | undefined {
    return this.tokens.get(tokenHash);
  }

  /** A registered user with the revision of their stream that state was folded to. */
  userAt(userId: string): { user: RegisteredUser; revision: number } | undefined {
    const known = this.users.get(userStream(userId));
    return known && known.state.status !== 'unregistered'
      ? { user: known.state, revision: known.revision }
      : undefined;
  }

  user(userId: string): RegisteredUser | undefined {
    const state = this.users.get(userStream(userId))?.state;
    return state?.status === 'unregistered' ? undefined : state;
  }

  list(): RegisteredUser[] {
    return [...this.users.values()]
      .map(({ state }) => state)
      .filter((state): state is RegisteredUser => state.status !== 'unregistered')
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Active members of staff, by name: who a follow-up can be assigned to. */
  staff(): RegisteredUser[] {
    return this.list().filter((user) => user.status === 'active');
  }

  /** Every desk an active member of staff is on, by name. */
  desks(): string[] {
    const desks = new Set(this.staff().flatMap((user) => user.desks));
    return [...desks].sort((a, b) => a.localeCompare(b));
  }

  /** The active members of staff on any of these desks. */
  membersOf(desks: readonly string[]): string[] {
    return this.staff()
      .filter((user) => user.desks.some((desk) => desks.includes(desk)))
      .map((user) => user.id);
  }

  get isEmpty(): boolean {
    return this.users.size === 0;
  }

  private reindexTokens(before: User, after: User): void {
    const kept = new Set(
      after.status === 'unregistered' ? [] : after.tokens.map((t) => t.tokenHash),
    );
    if (before.status !== 'unregistered') {
      for (const token of before.tokens)
        if (!kept.has(token.tokenHash)) this.tokens.delete(token.tokenHash);
    }
    if (after.status === 'active') {
      for (const { tokenHash, tokenId, expiresAt } of after.tokens) {
        this.tokens.set(tokenHash, { userId: after.id, tokenId, expiresAt: Date.parse(expiresAt) });
      }
    }
  }
}
