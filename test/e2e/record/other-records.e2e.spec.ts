import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Reply, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from './inject-client';

/**
 * Issue 15, the other record kinds as sources state them: sources with a month or no date and no
 * title, statements by a ministry's press service, indicators that are ratings or part of a total,
 * organisations part of others (never in a cycle), and signed documents with their signatories.
 */
describe('sources, statements, indicators, organisations and signed documents as stated', () => {
  let t: TestApp;
  let send: Send;
  let position = 0;
  const mfa = seed.seedId('source:mfa');
  const nurtleu = seed.seedId('person:nurtleu');
  const ses = seed.seedId('organisation:ses');

  const created = (reply: Reply): string => {
    expect([reply.status, reply.body.errors ?? reply.body.code]).toEqual([201, undefined]);
    return reply.body.id;
  };
  const fields = (reply: Reply) =>
    [reply.status, (reply.body.errors ?? []).map((e: { field: string }) => e.field)] as const;
  const correct = (path: string, changes: object, revision = 0) =>
    send(
      'POST',
      `${path}/corrections`,
      { reason: 'checked against the source', changes },
      { 'If-Match': `"${revision}"` },
    );
  const retract = (path: string, revision: number) =>
    send(
      'POST',
      `${path}/retraction`,
      { reason: 'recorded in error' },
      { 'If-Match': `"${revision}"` },
    );
  const read = async (path: string) => {
    const reply = await send(
      'GET',
      `${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`,
    );
    expect(reply.status).toBe(200);
    return reply.body;
  };

  beforeAll(async () => {
    t = await createTestApp();
    send = notingPositions(
      injectClient(
        t.app,
        await t.tokenFor(['recorder', 'analyst', 'auditor'], { clearance: 'confidential' }),
      ),
      (p) => (position = Math.max(position, p)),
    );
    await loadSeedVisit(send);
  });
  afterAll(() => t?.close());

  describe('sources', () => {
    it('registers a wire item with no title and a publication month, or no date', async () => {
      const body = { type: 'news-agency', publisher: 'Kazinform', publishedOn: '2021-08' };
      const id = created(await send('POST', '/sources', body));
      expect((await send('GET', `/sources/${id}`)).body).toMatchObject({
        title: null,
        publishedOn: '2021-08',
      });
      const undated = created(await send('POST', '/sources', { ...body, publishedOn: null }));
      expect((await send('GET', `/sources/${undated}`)).body.publishedOn).toBeNull();
      expect((await correct(`/sources/${undated}`, { publishedOn: '2018-06-28' })).status).toBe(
        200,
      );
    });

    it('refuses an impossible partial date with a 400 naming the field', async () => {
      const body = { type: 'news-agency', publisher: 'Kazinform' };
      for (const publishedOn of ['2024-13', '2024-02-30', 'before'])
        expect(fields(await send('POST', '/sources', { ...body, publishedOn }))).toEqual([
          400,
          ['publishedOn'],
        ]);
    });
  });

  describe('statements', () => {
    let pressService: string;
    beforeAll(async () => {
      pressService = created(
        await send('POST', '/organisations', {
          name: 'Press Service of the Ministry of Foreign Affairs of Kazakhstan',
          kind: 'government-body',
          homeCountry: 'KAZ',
        }),
      );
    });

    it('records a press service speaking, with a title and a month, and lists it in its dossier', async () => {
      const id = created(
        await send('POST', '/statements', {
          speaker: { kind: 'organisation', id: pressService },
          speakerTitle: 'Official Representative',
          text: 'Kazakhstan welcomes the agreement.',
          form: 'direct',
          saidOn: '2024-10',
          sourceIds: [mfa],
        }),
      );
      expect((await send('GET', `/statements/${id}`)).body).toMatchObject({
        speaker: { kind: 'organisation', id: pressService },
        speakerTitle: 'Official Representative',
        saidOn: '2024-10',
        meetingId: null,
      });
      const dossier = await read(`/dossiers/organisations/${pressService}`);
      expect(dossier.statements.items).toEqual([
        expect.objectContaining({
          statementId: id,
          saidOn: '2024-10',
          speakerTitle: 'Official Representative',
        }),
      ]);
      const kaz = await read('/dossiers/countries/KAZ');
      expect(kaz.statements.items).toContainEqual(
        expect.objectContaining({
          statementId: id,
          speakerId: pressService,
          speakerKind: 'organisation',
          speakerTitle: 'Official Representative',
        }),
      );
      expect(
        (await correct(`/statements/${id}`, { speaker: { kind: 'person', id: nurtleu } })).status,
      ).toBe(200);
      expect((await read(`/dossiers/organisations/${pressService}`)).statements.items).toEqual([]);
      expect((await read(`/dossiers/people/${nurtleu}`)).statements.items).toEqual(
        expect.arrayContaining([expect.objectContaining({ statementId: id })]),
      );
    });

    it('refuses a country speaking, a bad date, and an unnamed speaker', async () => {
      const body = { text: 'Words', form: 'reported', sourceIds: [mfa] };
      const country = await send('POST', '/statements', {
        ...body,
        speaker: { kind: 'country', id: 'KAZ' },
      });
      expect([country.status, country.body.code]).toEqual([
        422,
        'STATEMENT.SPEAKER_NOT_PERSON_OR_ORGANISATION',
      ]);
      const badDate = await send('POST', '/statements', {
        ...body,
        speaker: { kind: 'person', id: nurtleu },
        saidOn: '2024-02-30',
      });
      expect(fields(badDate)).toEqual([400, ['saidOn']]);
      expect(fields(await send('POST', '/statements', body))).toEqual([400, ['speaker']]);
    });
  });

  describe('indicators', () => {
    const base = {
      measures: 'sovereign credit rating',
      period: { asOf: '2024-Q3' },
      from: { kind: 'country', id: 'KAZ' },
      to: null,
      sourceIds: [mfa],
    };

    it('records a rating about one party, and "748 of 768 km" with its total', async () => {
      const rating = created(
        await send('POST', '/indicators', { ...base, figure: { rating: 'BBB-', scale: 'S&P' } }),
      );
      expect((await send('GET', `/indicators/${rating}`)).body.figure).toEqual({
        rating: 'BBB-',
        scale: 'S&P',
        qualifier: null,
        ofTotal: null,
      });
      const road = created(
        await send('POST', '/indicators', {
          ...base,
          measures: 'road rebuilt',
          period: { from: '2021', to: '2024-06' },
          figure: { quantity: 748, unit: 'km', ofTotal: 768 },
        }),
      );
      expect((await send('GET', `/indicators/${road}`)).body).toMatchObject({
        figure: { quantity: 748, unit: 'km', qualifier: null, ofTotal: 768 },
        period: { from: '2021', to: '2024-06' },
      });
      const more = created(
        await send('POST', '/indicators', {
          ...base,
          measures: 'investment',
          figure: { amount: 12_600_000_000, currency: 'USD', qualifier: 'more than' },
        }),
      );
      expect((await send('GET', `/indicators/${more}`)).body.figure.qualifier).toBe('more than');
      // Each names Kazakhstan alone: it shows in Kazakhstan's dossier all the same.
      const kaz = await read('/dossiers/countries/KAZ');
      expect(kaz.indicators.items.map((i: { indicatorId: string }) => i.indicatorId)).toEqual(
        expect.arrayContaining([rating, road, more]),
      );
      expect(kaz.indicators.items).toContainEqual(
        expect.objectContaining({ indicatorId: rating, side: 'from', measures: base.measures }),
      );
      expect((await retract(`/indicators/${rating}`, 0)).status).toBe(200);
      const after = await read('/dossiers/countries/KAZ');
      expect(
        after.indicators.items.map((i: { indicatorId: string }) => i.indicatorId),
      ).not.toContain(rating);
    });

    it('refuses an unknown qualifier, a total below the figure, and a figure of two shapes', async () => {
      const unknown = await send('POST', '/indicators', {
        ...base,
        figure: { quantity: 5, unit: 'km', qualifier: 'roughly' },
      });
      expect(fields(unknown)).toEqual([400, ['figure.qualifier']]);
      const below = await send('POST', '/indicators', {
        ...base,
        figure: { quantity: 800, unit: 'km', ofTotal: 768 },
      });
      expect([below.status, below.body.code]).toEqual([422, 'INDICATOR.INVALID_FIGURE']);
      const mixed = await send('POST', '/indicators', {
        ...base,
        figure: { rating: 'BBB-', amount: 5 },
      });
      expect(fields(mixed)[0]).toBe(400);
      expect(
        fields(await send('POST', '/indicators', { ...base, period: { asOf: '2024-13' } })),
      ).toEqual([400, expect.arrayContaining(['period.asOf'])]);
    });
  });

  describe('organisations', () => {
    it('registers a part of an organisation; its dossier and its parent’s show the link', async () => {
      const techcom = created(
        await send('POST', '/organisations', {
          name: 'SES Techcom',
          kind: 'company',
          homeCountry: 'LUX',
          partOfId: ses,
        }),
      );
      const part = await read(`/dossiers/organisations/${techcom}`);
      expect(part).toMatchObject({ partOf: { organisationId: ses, name: 'SES' }, basedIn: 'LUX' });
      const parent = await read(`/dossiers/organisations/${ses}`);
      expect(parent.parts.items).toEqual([
        expect.objectContaining({ organisationId: techcom, name: 'SES Techcom' }),
      ]);
      expect(parent.pledges.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            pledgeId: seed.seedId('pledge:ses-328-settlements'),
            role: 'pledger',
            via: null,
          }),
        ]),
      );
    });

    it('refuses a cycle: an organisation part of itself or of its own part is 422 LINK.CYCLE', async () => {
      const group = created(
        await send('POST', '/organisations', { name: 'Group', kind: 'company' }),
      );
      const child = created(
        await send('POST', '/organisations', { name: 'Child', kind: 'company', partOfId: group }),
      );
      const grandchild = created(
        await send('POST', '/organisations', {
          name: 'Grandchild',
          kind: 'company',
          partOfId: child,
        }),
      );
      const loop = await correct(`/organisations/${group}`, { partOfId: grandchild });
      expect([loop.status, loop.body.code]).toEqual([422, 'LINK.CYCLE']);
      const itself = await correct(`/organisations/${group}`, { partOfId: group });
      expect([itself.status, itself.body.code]).toEqual([422, 'LINK.CYCLE']);
      expect((await correct(`/organisations/${grandchild}`, { partOfId: group })).status).toBe(200);
      const selfId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
      const self = await send('POST', '/organisations', {
        organisationId: selfId,
        name: 'Ouroboros',
        kind: 'company',
        partOfId: selfId,
      });
      expect([self.status, self.body.code]).toEqual([422, 'LINK.CYCLE']);
      const unknown = await send('POST', '/organisations', {
        name: 'Orphan',
        kind: 'company',
        partOfId: '00000000-0000-4000-8000-000000000000',
      });
      expect([unknown.status, unknown.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
    });
  });

  describe('people', () => {
    it('appoints to a post from a month, and shows the title on a day within it', async () => {
      const id = created(
        await send('POST', '/people', { name: 'Aibek Example', nationality: 'KAZ' }),
      );
      const post = { title: 'Ambassador to Luxembourg', at: { kind: 'country', id: 'KAZ' } };
      const appointed = await send(
        'POST',
        `/people/${id}/positions`,
        { ...post, from: '2023-09' },
        { 'If-Match': '"0"' },
      );
      expect(appointed.status).toBe(200);
      const person = (await send('GET', `/people/${id}?on=2023-09-01`)).body;
      expect(person.positions).toEqual([expect.objectContaining({ from: '2023-09', to: null })]);
      expect(person.positionsOn.map((p: { title: string }) => p.title)).toEqual([post.title]);
      const bad = await send(
        'POST',
        `/people/${id}/positions`,
        { ...post, from: '2023-13' },
        { 'If-Match': '"1"' },
      );
      expect(fields(bad)).toEqual([400, ['from']]);
    });
  });

  describe('signed documents', () => {
    const mou = () => ({
      title: 'Memorandum of Understanding on Satellite Communications',
      kind: 'memorandum',
      parties: [
        { kind: 'country', id: 'KAZ' },
        { kind: 'country', id: 'LUX' },
      ],
      signatories: [
        {
          personId: nurtleu,
          title: 'Minister of Foreign Affairs',
          side: { kind: 'country', id: 'KAZ' },
        },
        { title: 'Minister of the Economy', side: { kind: 'country', id: 'LUX' } },
      ],
      witnesses: [
        { personId: seed.seedId('person:frieden'), side: { kind: 'country', id: 'LUX' } },
      ],
      signedOn: '2024-10',
      place: { city: 'Luxembourg', country: 'LUX' },
      sourceIds: [mfa],
    });

    it('records a memorandum, shows it on the timeline, corrects it, then retracts it', async () => {
      const id = created(await send('POST', '/documents', mou()));
      const doc = await send('GET', `/documents/${id}`);
      expect([doc.status, doc.headers.etag]).toEqual([200, '"0"']);
      expect(doc.body).toMatchObject({
        kind: 'memorandum',
        signedOn: '2024-10',
        meetingId: null,
        signatories: [
          { personId: nurtleu, title: 'Minister of Foreign Affairs' },
          {
            personId: null,
            title: 'Minister of the Economy',
            side: { kind: 'country', id: 'LUX' },
          },
        ],
        witnesses: [{ title: null }],
        status: 'recorded',
      });
      const timeline = await read('/timeline/KAZ?kind=document');
      expect(timeline.items).toEqual([
        expect.objectContaining({
          kind: 'document',
          date: '2024-10',
          title: 'Memorandum of Understanding on Satellite Communications',
        }),
      ]);

      const signer = await read(`/dossiers/people/${nurtleu}`);
      expect(signer.documents.items).toEqual([
        expect.objectContaining({ documentId: id, role: 'signatory', kind: 'memorandum' }),
      ]);
      const witness = await read(`/dossiers/people/${seed.seedId('person:frieden')}`);
      expect(witness.documents.items).toEqual([
        expect.objectContaining({ documentId: id, role: 'witness', signedOn: '2024-10' }),
      ]);

      expect((await correct(`/documents/${id}`, { signedOn: '2024-10-14' })).status).toBe(200);
      expect((await send('GET', `/documents/${id}`)).body.signedOn).toBe('2024-10-14');
      const history = await send('GET', `/audit/records/document-${id}/history`);
      expect(history.status).toBe(200);
      expect(JSON.stringify(history.body)).toContain('2024-10-14');

      expect((await retract(`/documents/${id}`, 1)).status).toBe(200);
      expect((await read('/timeline/KAZ?kind=document')).items).toEqual([]);
      expect((await read(`/dossiers/people/${nurtleu}`)).documents.items).toEqual([]);
      expect((await send('GET', `/documents/${id}`)).body).toMatchObject({
        status: 'retracted',
        retractionReason: 'recorded in error',
      });
    });

    it('holds a document whose title, date, place and parties are not stated', async () => {
      const id = created(await send('POST', '/documents', { kind: 'agreement', sourceIds: [mfa] }));
      expect((await send('GET', `/documents/${id}`)).body).toMatchObject({
        title: null,
        signedOn: null,
        place: null,
        parties: [],
        signatories: [],
        witnesses: [],
      });
    });

    it('refuses bad input with a 400 naming the field, and broken rules with a 422', async () => {
      expect(fields(await send('POST', '/documents', { ...mou(), signedOn: '2024-13' }))).toEqual([
        400,
        ['signedOn'],
      ]);
      expect(fields(await send('POST', '/documents', { ...mou(), kind: 'letter' }))).toEqual([
        400,
        ['kind'],
      ]);
      const unnamed = await send('POST', '/documents', { ...mou(), signatories: [{ side: null }] });
      expect([unnamed.status, unnamed.body.code]).toEqual([422, 'DOCUMENT.SIGNER_UNNAMED']);
      const person = await send('POST', '/documents', {
        ...mou(),
        parties: [{ kind: 'person', id: nurtleu }],
      });
      expect([person.status, person.body.code]).toEqual([422, 'DOCUMENT.PARTY_NOT_INSTITUTION']);
      const unknown = await send('POST', '/documents', {
        ...mou(),
        meetingId: '00000000-0000-4000-8000-000000000000',
      });
      expect([unknown.status, unknown.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
    });
  });
});
