import * as seed from './fixture';

export type Reply = { status: number; headers: Record<string, string | undefined>; body: any };
/** One HTTP exchange; the loader is written against this so it runs over the network or in-process. */
export type Send = (
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Reply>;

export type LoadReport = { recorded: Record<string, string[]>; skipped: string[] };

/**
 * Sends the seed visit through the HTTP API as a client would: parties and sources first, then the
 * visit, its meetings, statements, the indicator, the pledges and the desk's follow-ups.
 * Safe to run twice: every record has a fixed id, and a repeated creation is answered as a retry.
 */
export async function loadSeedVisit(send: Send): Promise<LoadReport> {
  const report: LoadReport = { recorded: {}, skipped: [] };
  const done = (kind: string, id: string) => (report.recorded[kind] ??= []).push(id);
  const create = async (kind: string, path: string, body: object) => {
    const reply = await send('POST', path, body);
    expectOk(reply, `POST ${path}`);
    done(kind, reply.body.id);
    return reply;
  };

  for (const code of seed.countries) {
    expectOk(
      await send('PUT', `/countries/${code}`, { classification: 'public' }),
      `PUT /countries/${code}`,
    );
    done('countries', code);
  }
  for (const s of seed.sources)
    await create('sources', '/sources', { sourceId: seed.seedId(`source:${s.key}`), ...s.body });
  for (const o of seed.organisations) {
    await create('organisations', '/organisations', {
      organisationId: seed.seedId(`organisation:${o.key}`),
      ...o.body,
    });
  }
  for (const p of seed.people) {
    const personId = seed.seedId(`person:${p.key}`);
    await create('people', '/people', { personId, ...p.body });
    for (const position of p.positions) await appointOnce(send, personId, position);
  }
  await create('visits', '/visits', {
    visitId: seed.seedId(`visit:${seed.visit.key}`),
    ...seed.visit.body,
  });
  for (const m of seed.meetings)
    await create('meetings', '/meetings', {
      meetingId: seed.seedId(`meeting:${m.key}`),
      ...m.body,
    });
  for (const s of seed.statements) {
    await create('statements', '/statements', {
      statementId: seed.seedId(`statement:${s.key}`),
      ...s.body,
    });
  }
  for (const i of seed.indicators) {
    await create('indicators', '/indicators', {
      indicatorId: seed.seedId(`indicator:${i.key}`),
      ...i.body,
    });
  }
  for (const p of seed.pledges)
    await create('pledges', '/pledges', { pledgeId: seed.seedId(`pledge:${p.key}`), ...p.body });
  const me = await send('GET', '/auth/me');
  expectOk(me, 'GET /auth/me');
  for (const f of seed.followUps) {
    await create('followUps', '/follow-ups', {
      followUpId: seed.seedId(`follow-up:${f.key}`),
      assignee: me.body.id,
      ...f.body,
    });
  }
  return report;
}

/** A position is added once: a second run finds it on the person and leaves it. */
async function appointOnce(
  send: Send,
  personId: string,
  position: { title: string },
): Promise<void> {
  const person = await send('GET', `/people/${personId}`);
  expectOk(person, `GET /people/${personId}`);
  if (person.body.positions.some((held: { title: string }) => held.title === position.title))
    return;
  const etag = person.headers.etag ?? '';
  expectOk(
    await send('POST', `/people/${personId}/positions`, position, { 'If-Match': etag }),
    'POST positions',
  );
}

function expectOk(reply: Reply, what: string): void {
  if (reply.status >= 300) {
    throw new Error(`${what} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  }
}
