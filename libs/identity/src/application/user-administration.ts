import { Inject, Injectable } from '@nestjs/common';
import { chainEvents, Clock, CLOCK, lastHashOf } from '@chancery/common';
import {
  EVENT_STORE,
  EventStore,
  type AppendCondition,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  StreamNotFoundError,
} from '@chancery/event-store';
import { DEFAULT_TOKEN_TTL, formatToken, hashToken, parseTtl } from '../domain/api-token';
import { IdentityError } from '../domain/identity.errors';
import { evolve, initialUser, RegisteredUser, User } from '../domain/user';
import * as decide from '../domain/user.decide';
import { asUserEvent, UserEvent } from '../domain/user.events';
import { ENTROPY, Entropy } from './entropy';
import { UserDirectory } from './user-directory';
import { userStream } from './user-streams';

/**
 * Who changes a user: the operator's name (the CLI), or an authenticated user with the rights the
 * request was judged on, which must still stand when the change commits (see `rightsStillStand`).
 */
export type Acting = string | { id: string; rights: AppendCondition };

export interface IssuedToken {
  userId: string;
  tokenId: string;
  /** Shown once to whoever asked; only its hash is stored. */
  token: string;
  expiresAt: string;
}

/**
 * The use cases that change who may use Chancery. Each loads the user's stream, decides, and
 * appends with the revision it read, naming the operator who acted in the event metadata.
 */
@Injectable()
export class UserAdministration {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ENTROPY) private readonly entropy: Entropy,
    private readonly directory: UserDirectory,
  ) {}

  /** Registers a user and issues their first token in one atomic append. */
  async register(
    command: { name: string; roles: string[]; clearance: string; ttl?: string },
    actor: Acting,
  ): Promise<IssuedToken> {
    const { state, last } = await this.load(command.name);
    const registered = decide.registerUser(state, { userId: command.name, ...command });
    const afterRegistration = registered.reduce(evolve, state);
    const { events: issued, token } = this.mintToken(afterRegistration, command.ttl);
    await this.append(command.name, [...registered, ...issued], last, actor);
    return token;
  }

  async issueToken(name: string, ttl: string | undefined, actor: Acting): Promise<IssuedToken> {
    const { state, last } = await this.load(name);
    const { events, token } = this.mintToken(state, ttl);
    await this.append(name, events, last, actor);
    return token;
  }

  revokeToken(name: string, tokenId: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.revokeToken(state, { tokenId }));
  }

  revoke(name: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.revokeUser(state));
  }

  grantRole(name: string, role: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.grantRole(state, { role }));
  }

  revokeRole(name: string, role: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.revokeRole(state, { role }));
  }

  changeClearance(name: string, clearance: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.changeClearance(state, { clearance }));
  }

  joinDesk(name: string, desk: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.joinDesk(state, { desk }));
  }

  leaveDesk(name: string, desk: string, actor: Acting): Promise<void> {
    return this.change(name, actor, (state) => decide.leaveDesk(state, { desk }));
  }

  list(): RegisteredUser[] {
    return this.directory.list();
  }

  private async change(
    name: string,
    actor: Acting,
    decision: (state: User) => UserEvent[],
  ): Promise<void> {
    const { state, last } = await this.load(name);
    await this.append(name, decision(state), last, actor);
  }

  private mintToken(
    state: User,
    ttl = DEFAULT_TOKEN_TTL,
  ): { events: UserEvent[]; token: IssuedToken } {
    const ttlMs = parseTtl(ttl);
    if (ttlMs === null)
      throw new IdentityError(
        'TOKEN.INVALID_TTL',
        `"${ttl}" is not a duration such as 90d, 12h or 30m`,
      );
    const now = this.clock.now();
    const token = formatToken(this.entropy.newSecret());
    const tokenId = this.entropy.newId();
    const expiresAt = new Date(now.getTime() + ttlMs);
    const events = decide.issueToken(
      state,
      { tokenId, tokenHash: hashToken(token), expiresAt },
      now,
    );
    const userId = state.status === 'unregistered' ? '' : state.id;
    return { events, token: { userId, tokenId, token, expiresAt: expiresAt.toISOString() } };
  }

  private async load(name: string): Promise<{ state: User; last: RecordedEvent | null }> {
    let state = initialUser();
    let last: RecordedEvent | null = null;
    try {
      for await (const recorded of this.store.readStream(userStream(name))) {
        const event = asUserEvent(recorded);
        if (event) state = evolve(state, event);
        last = recorded;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return { state, last };
  }

  private async append(
    name: string,
    events: UserEvent[],
    last: RecordedEvent | null,
    actor: Acting,
  ): Promise<void> {
    const { id: actorId, rights } =
      typeof actor === 'string' ? { id: actor, rights: undefined } : actor;
    const correlationId = this.entropy.newId();
    const recordedAt = this.clock.now().toISOString();
    const envelopes: NewEvent[] = events.map((event) => ({
      id: this.entropy.newId(),
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { correlationId, causationId: null, actor: actorId, recordedAt },
    }));
    // User streams are hash-chained like every other stream, so `audit verify` covers them too.
    const streamId = userStream(name);
    const expected: ExpectedRevision = last ? last.revision : 'no_stream';
    const chained = chainEvents(
      streamId,
      last ? last.revision + 1 : 0,
      lastHashOf(last),
      envelopes,
    );
    await this.store.append(streamId, chained, expected, rights);
    await this.catchUp(name);
  }

  /** Our own writes are visible to authentication at once, without waiting for the subscription. */
  private async catchUp(name: string): Promise<void> {
    const streamId = userStream(name);
    const fromRevision = this.directory.revisionOf(streamId) + 1;
    for await (const recorded of this.store.readStream(streamId, { fromRevision }))
      this.directory.apply(recorded);
  }
}
