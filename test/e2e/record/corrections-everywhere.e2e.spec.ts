import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, type TestApp } from '../../support/test-app';
import { eventually } from '../../support/eventually';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Reply, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from './inject-client';

/**
 * Issue 15: every kind of record, not only meetings and pledges, is corrected and retracted with a
 * reason and the revision last read; the read models show the corrected facts and drop what was
 * retracted; a record above the recorder's clearance is answered as missing.
 */
describe('every record kind is corrected and retracted', () => {
  let t: TestApp;
  let send: Send;
  let internal: Send;
  let position = 0;
  const mfa = seed.seedId('source:mfa');
  const frieden = seed.seedId('person:frieden');

  const created = (reply: Reply): string => {
    expect([reply.status, reply.body.errors]).toEqual([201, undefined]);
    return reply.body.id;
  };
  const correct = (who: Send, path: string, changes: object, revision = 0) =>
    who(
      'POST',
      `${path}/corrections`,
      { reason: 'checked against the source', changes },
      {
        'If-Match': `"${revision}"`,
      },
    );
  const retract = (who: Send, path: string, revision = 1) =>
    who(
      'POST',
      `${path}/retraction`,
      { reason: 'recorded in error' },
      {
        'If-Match': `"${revision}"`,
      },
    );
  const read = async (path: string) => {
    const reply = await send('GET', path, undefined, { 'X-Min-Position': String(position) });
    return { status: reply.status, text: JSON.stringify(reply.body) };
  };

  const visitBody = (overrides: object = {}) => ({ ...seed.visit.body, ...overrides });
  const statementBody = (overrides: object = {}) => ({
    ...seed.statements[0].body,
    meetingId: null,
    ...overrides,
  });
  const indicatorBody = (overrides: object = {}) => ({
    ...seed.indicators[0].body,
    meetingId: null,
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp((b) =>
      b.overrideProvider(CLOCK).useValue(new FixedClock(new Date('2025-03-01T09:00:00Z'))),
    );
    send = notingPositions(
      injectClient(t.app, await t.tokenFor(['recorder', 'analyst'], { clearance: 'confidential' })),
      (p) => (position = Math.max(position, p)),
    );
    internal = injectClient(t.app, await t.tokenFor('recorder', { clearance: 'internal' }));
    await loadSeedVisit(send);
  });
  afterAll(() => t?.close());

  it('corrects a visit, shows it on the timeline, then retracts it off the timeline', async () => {
    const id = created(
      await send('POST', '/visits', visitBody({ purpose: 'Placeholder purpose' })),
    );
    const corrected = await correct(send, `/visits/${id}`, {
      purpose: 'Open the Astana office',
      endDate: '2024-10-15',
    });
    expect([corrected.status, corrected.headers.etag]).toEqual([200, '"1"']);
    const visit = (await send('GET', `/visits/${id}`)).body;
    expect(visit).toMatchObject({ purpose: 'Open the Astana office', endDate: '2024-10-15' });
    const timeline = await read('/timeline/KAZ');
    expect(timeline.text).toContain('Open the Astana office');
    expect(timeline.text).not.toContain('Placeholder purpose');

    expect((await retract(send, `/visits/${id}`)).status).toBe(200);
    expect((await read('/timeline/KAZ')).text).not.toContain('Open the Astana office');
    expect((await send('GET', `/visits/${id}`)).body).toMatchObject({
      status: 'retracted',
      retractionReason: 'recorded in error',
    });
    const meeting = await send('POST', '/meetings', {
      ...seed.meetings[0].body,
      visitId: id,
    });
    expect([meeting.status, meeting.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
  });

  it('corrects an indicator on the partnership page, then retracts it off the page', async () => {
    const id = created(
      await send('POST', '/indicators', indicatorBody({ measures: 'placeholder flow' })),
    );
    const figure = { amount: 3_100_000_000, currency: 'USD' };
    expect(
      (await correct(send, `/indicators/${id}`, { measures: 'corrected inflow', figure })).status,
    ).toBe(200);
    expect((await send('GET', `/indicators/${id}`)).body).toMatchObject({
      measures: 'corrected inflow',
      figure,
    });
    const page = await read('/partnerships/KAZ/LUX');
    expect(page.text).toContain('corrected inflow');
    expect(page.text).not.toContain('placeholder flow');

    expect((await retract(send, `/indicators/${id}`)).status).toBe(200);
    expect((await read('/partnerships/KAZ/LUX')).text).not.toContain('corrected inflow');
  });

  it('corrects a statement in its speaker’s dossier, then retracts it out of the dossier', async () => {
    const id = created(
      await send('POST', '/statements', statementBody({ text: 'Placeholder words' })),
    );
    expect((await correct(send, `/statements/${id}`, { text: 'Corrected words' })).status).toBe(
      200,
    );
    expect((await send('GET', `/statements/${id}`)).body.text).toBe('Corrected words');
    const dossier = await read(`/dossiers/people/${frieden}`);
    expect(dossier.text).toContain('Corrected words');
    expect(dossier.text).not.toContain('Placeholder words');

    expect((await retract(send, `/statements/${id}`)).status).toBe(200);
    expect((await read(`/dossiers/people/${frieden}`)).text).not.toContain('Corrected words');
  });

  it('corrects a person’s name everywhere, and a retracted person can no longer be named', async () => {
    const id = created(
      await send('POST', '/people', { name: 'Placeholder Person', nationality: 'KAZ' }),
    );
    expect((await correct(send, `/people/${id}`, { name: 'Roman Vassilenko' })).status).toBe(200);
    expect((await send('GET', `/people/${id}`)).body.name).toBe('Roman Vassilenko');
    expect((await read(`/dossiers/people/${id}`)).text).toContain('Roman Vassilenko');
    await eventually(async () => {
      const found = await send('GET', '/directory?q=Vassilenko');
      return found.body.items.some((e: { id: string }) => e.id === id);
    });

    expect((await retract(send, `/people/${id}`)).status).toBe(200);
    expect((await read(`/dossiers/people/${id}`)).status).toBe(404);
    await eventually(async () => {
      const found = await send('GET', '/directory?q=Vassilenko');
      return !found.body.items.some((e: { id: string }) => e.id === id);
    });
    const statement = await send('POST', '/statements', statementBody({ speaker: { kind: 'person', id } }));
    expect([statement.status, statement.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
  });

  it('corrects a post a person held, and their dossier shows the corrected title', async () => {
    const person = { name: 'Anne Example', nationality: 'LUX', classification: 'confidential' };
    const id = created(await send('POST', '/people', person));
    const post = { title: 'Adviser', at: { kind: 'country', id: 'LUX' }, from: '2020-01-01' };
    expect(
      (await send('POST', `/people/${id}/positions`, post, { 'If-Match': '"0"' })).status,
    ).toBe(200);
    const [{ positionId }] = (await send('GET', `/people/${id}`)).body.positions;
    const path = `/people/${id}/positions/${positionId}`;
    const corrected = await correct(send, path, { title: 'Ambassador', from: '2021-05-01' }, 1);
    expect([corrected.status, corrected.body.errors]).toEqual([200, undefined]);
    expect((await send('GET', `/people/${id}`)).body.positions).toMatchObject([
      { positionId, title: 'Ambassador', from: '2021-05-01' },
    ]);
    const dossier = await read(`/dossiers/people/${id}`);
    expect(dossier.text).toContain('Ambassador');
    expect(dossier.text).not.toContain('Adviser');

    const stale = await correct(send, path, { title: 'Consul' }, 1);
    expect([stale.status, stale.body.currentRevision]).toEqual([409, 2]);
    const unheld = await correct(send, `/people/${id}/positions/${id}`, { title: 'Consul' }, 2);
    expect([unheld.status, unheld.body.code]).toEqual([422, 'PERSON.UNKNOWN_POSITION']);
    const hidden = await correct(internal, path, { title: 'Consul' }, 2);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'PERSON.NOT_FOUND']);
  });

  it('corrects an organisation’s acronym, and a retracted organisation is no party', async () => {
    const id = created(
      await send('POST', '/organisations', {
        name: 'Placeholder Fund',
        acronym: 'PHF',
        kind: 'company',
        homeCountry: 'LUX',
      }),
    );
    expect(
      (await correct(send, `/organisations/${id}`, { name: 'Samruk-Kazyna', acronym: 'SK' }))
        .status,
    ).toBe(200);
    const dossier = await read(`/dossiers/organisations/${id}`);
    expect(dossier.text).toContain('Samruk-Kazyna');
    expect(dossier.text).not.toContain('Placeholder Fund');

    expect((await retract(send, `/organisations/${id}`)).status).toBe(200);
    expect((await read(`/dossiers/organisations/${id}`)).status).toBe(404);
    const pledge = await send('POST', '/pledges', {
      ...seed.pledges[0].body,
      pledger: { kind: 'organisation', id },
    });
    expect([pledge.status, pledge.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
  });

  it('corrects a source, and a retracted source can no longer be cited', async () => {
    const id = created(await send('POST', '/sources', { ...seed.sources[0].body, title: 'Draft' }));
    expect((await correct(send, `/sources/${id}`, { title: 'Final text' })).status).toBe(200);
    expect((await send('GET', `/sources/${id}`)).body.title).toBe('Final text');

    expect((await retract(send, `/sources/${id}`)).status).toBe(200);
    const statement = await send('POST', '/statements', statementBody({ sourceIds: [id] }));
    expect([statement.status, statement.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
  });

  const kinds = [
    ['visits', () => visitBody()],
    ['sources', () => seed.sources[0].body],
    ['indicators', () => indicatorBody()],
    ['statements', () => statementBody()],
    ['people', () => ({ name: 'Anne Example', nationality: 'LUX', sourceIds: [mfa] })],
    ['organisations', () => seed.organisations[1].body],
  ] as const;

  it.each(kinds)('%s: a stale If-Match is a 409 and writes nothing', async (path, body) => {
    const id = created(await send('POST', `/${path}`, body()));
    const stale = await correct(send, `/${path}/${id}`, { classification: 'internal' }, 3);
    expect([stale.status, stale.body.currentRevision]).toEqual([409, 0]);
    const staleRetraction = await retract(send, `/${path}/${id}`, 3);
    expect(staleRetraction.status).toBe(409);
    const noReason = await send('POST', `/${path}/${id}/retraction`, {}, { 'If-Match': '"0"' });
    expect([noReason.status, JSON.stringify(noReason.body)]).toEqual([
      400,
      expect.stringContaining('reason'),
    ]);
    expect((await send('POST', `/${path}/${id}/retraction`, { reason: 'x' })).status).toBe(428);
    expect((await send('GET', `/${path}/${id}`)).body.revision).toBe(0);
  });

  it.each(kinds)(
    '%s: a recorder without the clearance gets 404 and changes nothing',
    async (path, body) => {
      const id = created(
        await send('POST', `/${path}`, { ...body(), classification: 'confidential' }),
      );
      const correction = await correct(internal, `/${path}/${id}`, { classification: 'internal' });
      expect(correction.status).toBe(404);
      expect((await retract(internal, `/${path}/${id}`, 0)).status).toBe(404);
      const record = (await send('GET', `/${path}/${id}`)).body;
      expect([record.revision, record.classification]).toEqual([0, 'confidential']);
    },
  );
});
