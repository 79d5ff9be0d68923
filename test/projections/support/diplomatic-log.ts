import { getAlpha3Codes } from 'i18n-iso-countries';
import type { JsonObject, NewEvent } from '@chancery/event-store';

/** Deterministic (seeded) so a test or a benchmark run can be repeated exactly. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'fintech',
  'green-energy',
  'pharmaceuticals',
  'transport-infrastructure',
  'security',
  'trade',
  'investment',
  'satellite-communications',
  'aviation',
  'technology',
];
const LEVELS = ['expressed-intent', 'pledge', 'firm-commitment', 'signed-agreement'];
const CLASSIFICATIONS = ['public', 'internal', 'confidential'];

export interface LogEntry {
  streamId: string;
  event: NewEvent;
}

/**
 * A realistic mix of the diplomatic record: a few hundred countries and organisations with
 * their people, then meetings, visits, statements, pledges with progress and endings,
 * follow-ups, indicators, and a sprinkle of corrections and retractions.
 */
export function* diplomaticLog(
  count: number,
  seed = 1,
  organisations = 120,
  people = 1500,
): Generator<LogEntry> {
  const rnd = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  let n = 0;
  const uuid = (prefix: string) => {
    const hex = (++n).toString(16).padStart(12, '0');
    return `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${hex}`;
  };
  const day = () => {
    const d = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 2000) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  let emitted = 0;
  const make = (streamId: string, type: string, data: JsonObject): LogEntry => {
    emitted++;
    return {
      streamId,
      event: {
        id: uuid('e'),
        type,
        schemaVersion: 1,
        data,
        metadata: {
          correlationId: uuid('c'),
          causationId: null,
          actor: 'generator',
          recordedAt: '2024-10-14T10:00:00.000Z',
        },
      },
    };
  };
  const countries = Object.keys(getAlpha3Codes());
  const orgIds: string[] = [];
  const personIds: Array<{ id: string; side: JsonObject }> = [];
  for (const code of countries) {
    if (emitted >= count) return;
    yield make(`country-${code}`, 'CountryRegistered', {
      code,
      name: `Country ${code}`,
      classification: 'public',
    });
  }
  for (let i = 0; i < organisations && emitted < count; i++) {
    const id = uuid('0a');
    orgIds.push(id);
    yield make(`organisation-${id}`, 'OrganisationRegistered', {
      organisationId: id,
      name: `Organisation ${i}`,
      acronym: `O${i}`,
      kind: 'company',
      homeCountry: pick(countries),
      sector: null,
      sourceIds: [],
      classification: 'public',
    });
  }
  const party = (): JsonObject =>
    rnd() < 0.8
      ? { kind: 'country', id: pick(countries.slice(0, 150)) }
      : { kind: 'organisation', id: pick(orgIds) };
  for (let i = 0; i < people && emitted < count; i++) {
    const id = uuid('9e');
    const side = party();
    personIds.push({ id, side });
    yield make(`person-${id}`, 'PersonRegistered', {
      personId: id,
      name: `Person ${i}`,
      nationality: null,
      sourceIds: [],
      classification: 'public',
    });
    if (emitted < count)
      yield make(`person-${id}`, 'PersonAppointed', {
        personId: id,
        positionId: uuid('b0'),
        title: pick(['Minister', 'Ambassador', 'Director']),
        at: side,
        from: '2019-01-01',
        to: null,
        sourceIds: [],
      });
  }
  const meetings: string[] = [];
  const pledges: string[] = [];
  const followUps: string[] = [];
  const engagement = { kind: 'visit', cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } };
  while (emitted < count) {
    const r = rnd();
    const classification = pick(CLASSIFICATIONS);
    if (r < 0.32) {
      const id = uuid('ee');
      meetings.push(id);
      const a = pick(personIds);
      let b = pick(personIds);
      if (b.side.id === a.side.id) b = pick(personIds);
      yield make(`meeting-${id}`, 'MeetingRecorded', {
        meetingId: id,
        title: null,
        date: day(),
        place: null,
        visitId: null,
        format: 'bilateral',
        participants: [
          { party: { kind: 'person', id: a.id }, side: a.side, role: null },
          { party: { kind: 'person', id: b.id }, side: b.side, role: null },
        ],
        topics: [pick(TOPICS), pick(TOPICS)],
        summary: 'Discussed cooperation.',
        engagement,
        sourceIds: [],
        classification,
      });
    } else if (r < 0.4) {
      const id = uuid('a1');
      const head = pick(personIds);
      yield make(`visit-${id}`, 'VisitRecorded', {
        visitId: id,
        kind: 'official',
        delegation: { sentBy: head.side, headId: head.id, memberIds: [] },
        hostCountry: pick(countries.slice(0, 150)),
        city: 'Capital',
        startDate: day(),
        endDate: day(),
        purpose: 'Official visit',
        engagement,
        sourceIds: [],
        classification,
      });
    } else if (r < 0.48) {
      const speaker = pick(personIds);
      const id = uuid('5a');
      yield make(`statement-${id}`, 'StatementRecorded', {
        statementId: id,
        speakerId: speaker.id,
        text: 'We value our partnership.',
        form: 'reported',
        meetingId: meetings.length ? pick(meetings) : null,
        saidOn: day(),
        sourceIds: [],
        classification,
      });
    } else if (r < 0.6) {
      const id = uuid('b1');
      pledges.push(id);
      const quantity = 1 + Math.floor(rnd() * 500);
      yield make(`pledge-${id}`, 'CooperationPledged', {
        pledgeId: id,
        pledger: party(),
        beneficiary: party(),
        area: pick(TOPICS),
        commitment: 'Provide support',
        level: pick(LEVELS),
        target: { quantity, unit: 'settlements' },
        targetDate: day(),
        meetingId: meetings.length ? pick(meetings) : null,
        pledgedOn: day(),
        sourceIds: [],
        classification,
      });
    } else if (r < 0.7 && pledges.length) {
      const pledgeId = pick(pledges);
      const s = rnd();
      if (s < 0.6)
        yield make(`pledge-${pledgeId}`, 'PledgeProgressReported', {
          pledgeId,
          reportedOn: day(),
          note: 'progress',
          achieved: { quantity: Math.floor(rnd() * 300), unit: 'settlements' },
          sourceIds: [],
        });
      else if (s < 0.85)
        yield make(`pledge-${pledgeId}`, 'PledgeFulfilled', {
          pledgeId,
          fulfilledOn: day(),
          note: 'done',
          sourceIds: [],
        });
      else
        yield make(`pledge-${pledgeId}`, 'PledgeLapsed', {
          pledgeId,
          lapsedOn: day(),
          reason: 'target date passed',
        });
    } else if (r < 0.85) {
      const id = uuid('f0');
      followUps.push(id);
      yield make(`follow-up-${id}`, 'FollowUpAssigned', {
        followUpId: id,
        action: 'Send the draft',
        assignee: `user-${Math.floor(rnd() * 40)}`,
        dueDate: day(),
        pledgeId: pledges.length && rnd() < 0.5 ? pick(pledges) : null,
        meetingId: meetings.length ? pick(meetings) : null,
        classification,
      });
    } else if (r < 0.93 && followUps.length) {
      const followUpId = pick(followUps);
      if (rnd() < 0.8)
        yield make(`follow-up-${followUpId}`, 'FollowUpCompleted', {
          followUpId,
          completedOn: day(),
          outcome: 'sent',
        });
      else
        yield make(`follow-up-${followUpId}`, 'FollowUpRescheduled', {
          followUpId,
          dueDate: day(),
          previousDueDate: day(),
          reason: 'later',
        });
    } else if (r < 0.96) {
      const id = uuid('1d');
      yield make(`indicator-${id}`, 'IndicatorRecorded', {
        indicatorId: id,
        measures: 'gross inflow of direct investment',
        figure: { amount: Math.floor(rnd() * 1e9), currency: 'USD' },
        period: { asOf: day() },
        from: party(),
        to: party(),
        statedById: null,
        meetingId: null,
        sourceIds: [],
        classification,
      });
    } else if (r < 0.99 && meetings.length) {
      const meetingId = pick(meetings);
      yield make(`meeting-${meetingId}`, 'MeetingCorrected', {
        meetingId,
        changes: { topics: [pick(TOPICS)], classification: pick(CLASSIFICATIONS) },
        reason: 'typo',
      });
    } else if (meetings.length) {
      const meetingId = meetings.splice(Math.floor(rnd() * meetings.length), 1)[0];
      yield make(`meeting-${meetingId}`, 'MeetingRetracted', { meetingId, reason: 'duplicate' });
    }
  }
}
