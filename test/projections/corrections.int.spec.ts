import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@chancery/event-store';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { event, Fixture, meetingRecorded, openFixture, settled } from './support/fixtures';

const person = (id: string, side: string) => ({
  party: { kind: 'person', id },
  side: { kind: 'country', id: side },
  role: null,
});

describe('corrections and retractions in the read models', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  it('a correction re-derives rows from the corrected facts; a retraction removes them', async () => {
    const [meetingId, other, a, b, c] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const meeting = (id: string, participants: JsonObject[]) =>
      meetingRecorded({ meetingId: id, participants });
    await f.store.append(
      `meeting-${meetingId}`,
      [meeting(meetingId, [person(a, 'KAZ'), person(b, 'LUX')])],
      'no_stream',
    );
    await f.store.append(
      `meeting-${other}`,
      [meeting(other, [person(a, 'KAZ'), person(b, 'LUX')])],
      'no_stream',
    );
    await f.store.append(
      `meeting-${meetingId}`,
      [event('MeetingCorrected', { meetingId, changes: { topics: ['fintech'] }, reason: 'r' })],
      0,
    );
    await f.store.append(
      `meeting-${meetingId}`,
      [
        event('MeetingCorrected', {
          meetingId,
          changes: { participants: [person(a, 'KAZ'), person(c, 'FRA')], classification: 'public' },
          reason: 'r',
        }),
      ],
      1,
    );
    await f.store.append(
      `meeting-${other}`,
      [event('MeetingRetracted', { meetingId: other, reason: 'duplicate' })],
      0,
    );

    const engine = f.engine(READ_MODEL_PROJECTIONS);
    await engine.start();
    await settled(engine, f.store);
    const engagements = await engine
      .reader('partnerships')
      .select('engagements', { orderBy: [['party', 'asc']] });
    expect(
      engagements.map((e) => [e.party, e.counterpart, e.record_id, e.topics, e.classification]),
    ).toEqual([['FRA', 'KAZ', meetingId, ['fintech'], 'public']]);
    const timeline = await engine
      .reader('timeline')
      .select('entries', { orderBy: [['party', 'asc']] });
    expect(timeline.map((e) => [e.party, e.partner, e.record_id, e.parties, e.topics])).toEqual([
      ['KAZ', 'FRA', meetingId, ['KAZ', 'FRA'], ['fintech']],
    ]);
    const attendance = await engine
      .reader('dossiers')
      .select('attendance', { orderBy: [['side', 'asc']] });
    expect(attendance.map((r) => [r.person_id, r.side, r.partner_id, r.partner_side])).toEqual([
      [a, 'KAZ', c, 'FRA'],
    ]);
  });

  it('a retraction after corrections that moved the date and the parties leaves no row behind', async () => {
    const [meetingId, a, b, c] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const stream = `meeting-${meetingId}`;
    await f.store.append(
      stream,
      [
        event('MeetingRecorded', {
          meetingId,
          title: 'Talks',
          date: '2024-10-14',
          place: null,
          visitId: null,
          format: 'bilateral',
          participants: [person(a, 'KAZ'), person(b, 'LUX')],
          topics: ['trade'],
          summary: 's',
          engagement: { kind: 'visit', cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } },
          sourceIds: [],
          classification: 'internal',
        }),
        event('MeetingCorrected', { meetingId, changes: { date: '2024-10-15' }, reason: 'r' }),
        event('MeetingCorrected', {
          meetingId,
          changes: { participants: [person(a, 'KAZ'), person(c, 'FRA')] },
          reason: 'r',
        }),
      ],
      'no_stream',
    );
    const engine = f.engine(READ_MODEL_PROJECTIONS);
    await engine.start();
    await settled(engine, f.store);
    const rows = async () => [
      ...(await engine.reader('partnerships').select('engagements')),
      ...(await engine.reader('timeline').select('entries')),
      ...(await engine.reader('dossiers').select('attendance')),
    ];
    // One row each for the pair of parties and the pair of people.
    expect((await rows()).map((r) => r.date)).toEqual(Array(3).fill('2024-10-15'));

    await f.store.append(stream, [event('MeetingRetracted', { meetingId, reason: 'dup' })], 2);
    await settled(engine, f.store);
    expect(await rows()).toEqual([]);
  });
});
