import { randomUUID } from 'node:crypto';
import { ChainChecker } from '@chancery/common';
import { CLOCK, FixedClock } from '@chancery/common';
import type { DomainEventShape } from '@chancery/diplomacy';
import { EventAppender } from '@chancery/event-sourcing';
import type { RecordedEvent } from '@chancery/event-store';
import { createTestApp, TestApp } from '../../support/test-app';
import { meetingRecorded } from '../../audit/support/audit-fixture';

/**
 * The audit trail through HTTP. Records are written through the application's one append path
 * (EventAppender) at chosen instants, so "as known on" questions have exact answers.
 */
describe('audit', () => {
  let t: TestApp;
  const clock = new FixedClock(new Date('2024-10-15T09:00:00Z'));
  const tokens: Record<string, string> = {};
  const meetingId = randomUUID();
  const secretMeetingId = randomUUID();
  const people = { kaz: randomUUID(), lux: randomUUID() };
  let correlation = '';

  const record = (streamId: string, events: DomainEventShape[], actor = 'recorder-1') =>
    t.app.get(EventAppender).append(streamId, events, 'any', { metadata: { correlationId: (correlation = randomUUID()), causationId: null, actor } });
  const get = (url: string, as = 'auditor') => t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[as]}` } });

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    tokens.auditor = await t.tokenFor('auditor', { clearance: 'confidential' });
    tokens.internalAuditor = await t.tokenFor('auditor', { clearance: 'internal' });
    tokens.analyst = await t.tokenFor('analyst');
    await record('country-KAZ', [{ type: 'CountryRegistered', data: { code: 'KAZ', name: 'Kazakhstan', classification: 'public' } }]);
    await record('country-LUX', [{ type: 'CountryRegistered', data: { code: 'LUX', name: 'Luxembourg', classification: 'public' } }]);
    for (const [id, name] of [[people.kaz, 'Murat Nurtleu'], [people.lux, 'Luc Frieden']]) {
      await record(`person-${id}`, [{ type: 'PersonRegistered', data: { personId: id, name, nationality: null, sourceIds: ['s-1'], classification: 'public' } }]);
    }
    await record(`meeting-${meetingId}`, [meetingRecorded(meetingId, people)]);
    await record(`meeting-${secretMeetingId}`, [meetingRecorded(secretMeetingId, people, { date: '2024-10-20', topics: ['regional-security'], classification: 'confidential' })]);
    clock.set('2024-11-10T12:00:00Z');
    await record(`meeting-${meetingId}`, [{ type: 'MeetingCorrected', data: { meetingId, changes: { topics: ['fintech', 'green-energy', 'security'] }, reason: 'the press release lists security too' } }], 'recorder-2');
  });
  afterAll(() => t?.close());

  describe('history of a record', () => {
    it('lists every event oldest first, who recorded it when, and what it changed', async () => {
      const res = await get(`/audit/records/meeting-${meetingId}/history`);
      expect(res.statusCode).toBe(200);
      const { events, classification } = res.json();
      expect(classification).toBe('internal');
      expect(events.map((e: { type: string; revision: number }) => [e.revision, e.type])).toEqual([[0, 'MeetingRecorded'], [1, 'MeetingCorrected']]);
      expect(events[1]).toMatchObject({ actor: 'recorder-2', recordedAt: '2024-11-10T12:00:00.000Z', correlationId: correlation, causationId: null, prevHash: events[0].hash });
      expect(events[0].before).toEqual({ status: 'empty' });
      expect(events[1].changes).toEqual(expect.arrayContaining([
        { path: 'record.topics', before: ['fintech', 'green-energy'], after: ['fintech', 'green-energy', 'security'] },
      ]));
    });

    it('is not disclosed to an auditor without the clearance', async () => {
      expect((await get(`/audit/records/meeting-${secretMeetingId}/history`, 'internalAuditor')).statusCode).toBe(404);
      expect((await get(`/audit/records/meeting-${secretMeetingId}/history`)).statusCode).toBe(200);
    });

    it('is for auditors only', async () => {
      expect((await get(`/audit/records/meeting-${meetingId}/history`, 'analyst')).statusCode).toBe(403);
    });
  });

  describe('as known at an instant', () => {
    it('shows the uncorrected record before the correction and the corrected one after', async () => {
      const before = await get(`/audit/records/meeting-${meetingId}?knownAt=2024-11-01T00:00:00Z`);
      expect(before.statusCode).toBe(200);
      expect(before.json()).toMatchObject({ revision: 0, state: { status: 'recorded', record: { topics: ['fintech', 'green-energy'] } } });
      const after = await get(`/audit/records/meeting-${meetingId}?knownAt=2024-12-01`);
      expect(after.json()).toMatchObject({ revision: 1, state: { record: { topics: ['fintech', 'green-energy', 'security'] } } });
      expect((await get(`/audit/records/meeting-${meetingId}?knownAt=2024-10-01`)).statusCode).toBe(404);
    });

    it('builds the partnership summary from the pair\'s streams only, as known then', async () => {
      const areas = (body: { partnership: { areasOfCooperation: { items: Array<{ area: string }> } } }) => body.partnership.areasOfCooperation.items.map((a) => a.area).sort();
      const before = await get('/audit/partnerships/KAZ/LUX?knownAt=2024-11-01T00:00:00Z');
      expect(before.statusCode).toBe(200);
      expect(areas(before.json())).toEqual(['fintech', 'green-energy', 'regional-security']);
      const after = await get('/audit/partnerships/kaz/LUX?knownAt=2024-12-01T00:00:00Z');
      expect(areas(after.json())).toEqual(['fintech', 'green-energy', 'regional-security', 'security']);
      expect(after.json().partnership.engagements.count).toBe(2);
      // Two countries, two people, two meetings (one corrected): 7 events, not the users' too.
      expect(after.json().read).toEqual({ streams: 6, events: 7, applied: 7 });
      expect((await get('/audit/partnerships/KAZ/LUX?knownAt=2024-10-01T00:00:00Z')).statusCode).toBe(404);
    });

    it('asOf keeps only what had happened by that day, and clearance still applies', async () => {
      const asOf = await get('/audit/partnerships/KAZ/LUX?asOf=2024-10-15');
      expect(asOf.json().partnership.engagements.items.map((e: { recordId: string }) => e.recordId)).toEqual([meetingId]);
      const both = await get('/audit/partnerships/KAZ/LUX?knownAt=2024-11-01T00:00:00Z&asOf=2024-10-31');
      expect(both.json().partnership.engagements.count).toBe(2);
      const internal = await get('/audit/partnerships/KAZ/LUX', 'internalAuditor');
      expect(internal.json().partnership.engagements.count).toBe(1);
      const record = await get(`/audit/records/meeting-${secretMeetingId}?asOf=2024-10-15`);
      expect(record.statusCode).toBe(404);
    });
  });

  describe('the global feed', () => {
    it('filters by actor, type and stream, served from the log', async () => {
      const byActor = (await get('/audit/events?actor=recorder-2')).json();
      expect(byActor.items.map((e: RecordedEvent) => e.type)).toEqual(['MeetingCorrected']);
      const byType = (await get('/audit/events?type=CountryRegistered,PersonRegistered')).json();
      expect(byType.items).toHaveLength(4);
      const byStream = (await get(`/audit/events?stream=meeting-${meetingId}`)).json();
      expect(byStream.items.map((e: RecordedEvent) => e.revision)).toEqual([0, 1]);
      const byParty = (await get('/audit/events?party=LUX&type=MeetingRecorded,MeetingCorrected')).json();
      expect(byParty.items).toHaveLength(3);
    });

    it('filters by recordedAt range and pages by global position', async () => {
      const november = (await get('/audit/events?from=2024-11-01&to=2024-11-30')).json();
      expect(november.items.map((e: RecordedEvent) => e.type)).toEqual(['MeetingCorrected']);
      const first = (await get('/audit/events?from=2024-10-15&to=2024-10-15&limit=2&type=CountryRegistered,MeetingRecorded')).json();
      expect(first.items.map((e: RecordedEvent) => e.streamId)).toEqual(['country-KAZ', 'country-LUX']);
      const second = (await get(`/audit/events?from=2024-10-15&to=2024-10-15&limit=2&type=CountryRegistered,MeetingRecorded&after=${first.next}`)).json();
      expect(second.items.map((e: RecordedEvent) => e.streamId)).toEqual([`meeting-${meetingId}`, `meeting-${secretMeetingId}`]);
    });

    it('shows only what the caller\'s clearance allows', async () => {
      const internal = (await get('/audit/events?type=MeetingRecorded', 'internalAuditor')).json();
      expect(internal.items.map((e: RecordedEvent) => e.streamId)).toEqual([`meeting-${meetingId}`]);
    });
  });

  describe('export', () => {
    it('answers JSON Lines whose hash chain an outsider can check', async () => {
      const res = await get(`/audit/export?stream=meeting-${meetingId}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/x-ndjson');
      const lines = res.body.trim().split('\n').map((line) => JSON.parse(line) as RecordedEvent);
      expect(lines).toHaveLength(2);
      const checker = new ChainChecker();
      expect(lines.map((e) => checker.check(e))).toEqual([null, null]);
      const party = (await get('/audit/export?party=KAZ', 'internalAuditor')).body.trim().split('\n').map((line) => JSON.parse(line).streamId);
      expect(new Set(party)).toEqual(new Set(['country-KAZ', `meeting-${meetingId}`]));
      const range = (await get('/audit/export?from=2024-11-01&to=2024-11-30')).body.trim().split('\n');
      expect(range.map((line) => JSON.parse(line).type)).toEqual(['MeetingCorrected']);
    });
  });

  describe('refuses malformed ranges and unknown filters, saying why', () => {
    it.each([
      ['/audit/events?from=2024-12-01&to=2024-11-01', /from \(2024-12-01\) is after to \(2024-11-01\)/],
      ['/audit/events?from=yesterday', /from must be an ISO-8601/],
      ['/audit/events?to=2024-02-30', /to must be an ISO-8601/],
      ['/audit/events?colour=red', /colour should not exist/],
      ['/audit/events?limit=0', /limit/],
      ['/audit/export?from=2024-12-01&to=2024-11-01', /is after/],
      ['/audit/export?from=2024-13-01', /from must be an ISO-8601/],
      ['/audit/export?stream=meeting-x&party=KAZ', /export one thing/],
      ['/audit/export', /export one thing/],
      ['/audit/export?colour=red', /colour should not exist/],
      [`/audit/records/meeting-${meetingId}?knownAt=last-week`, /knownAt must be an ISO-8601/],
      [`/audit/records/meeting-${meetingId}?asOf=2024-02-30`, /asOf must be a real calendar day/],
      [`/audit/records/meeting-${meetingId}?asOf=2024-10-15T00:00:00Z`, /asOf must be a day/],
      [`/audit/records/meeting-${meetingId}?colour=red`, /colour should not exist/],
      [`/audit/records/meeting-${meetingId}/history?colour=red`, /colour should not exist/],
      ['/audit/partnerships/KAZ/LUX?knownAt=soon', /knownAt must be an ISO-8601/],
      ['/audit/partnerships/KAZ/LUX?colour=red', /colour should not exist/],
    ])('%s', async (url, why) => {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json())).toMatch(why);
    });
  });
});
