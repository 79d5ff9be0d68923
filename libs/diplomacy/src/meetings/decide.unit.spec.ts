import { engagement } from '../shared/engagement';
import { specFor } from '../testing/given-when-then';
import { meetingDecider, type RecordMeeting } from './decide';
import type { MeetingRecorded } from './events';

const spec = specFor(meetingDecider);
const KAZ = { kind: 'country', id: 'KAZ' } as const;
const LUX = { kind: 'country', id: 'LUX' } as const;

const recordFrieden: RecordMeeting = {
  type: 'RecordMeeting',
  data: {
    meetingId: 'm-1',
    title: null,
    date: '2024-10-14',
    place: { city: 'Luxembourg', country: 'LUX' },
    visitId: 'v-1',
    format: 'bilateral',
    formatName: null,
    members: [],
    participants: [
      {
        party: { kind: 'person', id: 'nurtleu' },
        title: null,
        side: KAZ,
        role: 'head of delegation',
      },
      { party: { kind: 'person', id: 'frieden' }, title: null, side: LUX, role: null },
    ],
    topics: ['fintech', 'green-energy'],
    summary: 'Key areas of cooperation between Kazakhstan and Luxembourg.',
    engagementKind: 'visit',
    sourceIds: ['s-1'],
  },
};

const { engagementKind, ...facts } = recordFrieden.data;
const meetingRecorded: MeetingRecorded = {
  type: 'MeetingRecorded',
  data: { ...facts, engagement: engagement(engagementKind), classification: 'internal' },
};

describe('RecordMeeting', () => {
  it('records the meeting with its CAMEO/PLOVER codes and the default classification', () => {
    spec.given([]).when(recordFrieden).then([meetingRecorded]);
    expect(meetingRecorded.data.engagement).toEqual({
      kind: 'visit',
      cameo: '042',
      plover: { event: 'CONSULT', mode: 'visit' },
    });
  });

  it('refuses to record the same meeting twice', () => {
    spec.given([meetingRecorded]).when(recordFrieden).thenFails('MEETING.ALREADY_RECORDED');
  });

  it('needs two distinct participants', () => {
    const alone = { ...recordFrieden.data, participants: [recordFrieden.data.participants[0]] };
    spec
      .given([])
      .when({ type: 'RecordMeeting', data: alone })
      .thenFails('MEETING.NO_PARTICIPANTS');
  });

  it('needs a source', () => {
    spec
      .given([])
      .when({ type: 'RecordMeeting', data: { ...recordFrieden.data, sourceIds: [] } })
      .thenFails('RECORD.SOURCE_REQUIRED');
  });

  it('rejects a place outside ISO 3166-1', () => {
    const nowhere = { ...recordFrieden.data, place: { city: 'Atlantis', country: 'ATL' } };
    spec.given([]).when({ type: 'RecordMeeting', data: nowhere }).thenFails('COUNTRY.UNKNOWN_CODE');
  });

  it('rejects an impossible date', () => {
    for (const date of ['2024-02-30', '2024-13', 'before'])
      spec
        .given([])
        .when({ type: 'RecordMeeting', data: { ...recordFrieden.data, date } })
        .thenFails('RECORD.INVALID_DATE');
  });

  it('takes a date as precise as the source, or none, and a place known only by country', () => {
    for (const date of ['2024-10', '2024-Q4', 'approximately 2024', 'before 2024-10-14', null]) {
      const data = { ...recordFrieden.data, date, place: { city: null, country: 'LUX' } };
      const state = spec.given([]).when({ type: 'RecordMeeting', data }).thenState();
      expect(state).toMatchObject({ record: { date, place: { city: null, country: 'LUX' } } });
    }
  });

  it('records an unnamed participant by the title the source gives', () => {
    const call = {
      ...recordFrieden.data,
      format: 'call' as const,
      place: null,
      engagementKind: 'call' as const,
      participants: [
        { party: null, title: 'Prime Minister', side: { kind: 'country', id: 'GBR' }, role: null },
        { party: { kind: 'person', id: 'biden' }, title: null, side: null, role: null },
      ] as RecordMeeting['data']['participants'],
    };
    const state = spec.given([]).when({ type: 'RecordMeeting', data: call }).thenState();
    expect(state).toMatchObject({
      record: { participants: [{ party: null, title: 'Prime Minister' }, { side: null }] },
    });
  });

  it('counts two unnamed ministers as two participants, but refuses one with neither name nor title', () => {
    const unnamed = (side: string) => ({
      party: null,
      title: 'Foreign Minister',
      side: { kind: 'country' as const, id: side },
      role: null,
    });
    const two = { ...recordFrieden.data, participants: [unnamed('KAZ'), unnamed('KGZ')] };
    spec.given([]).when({ type: 'RecordMeeting', data: two }).thenState();
    const blank = { ...unnamed('KAZ'), title: ' ' };
    spec
      .given([])
      .when({ type: 'RecordMeeting', data: { ...two, participants: [unnamed('KGZ'), blank] } })
      .thenFails('MEETING.PARTICIPANT_UNNAMED');
  });

  it('records a named multilateral format with its members as one session', () => {
    const c5 = (id: string) => ({ kind: 'country' as const, id });
    const members = ['USA', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map(c5);
    const data = {
      ...recordFrieden.data,
      format: 'multilateral' as const,
      formatName: 'C5+1 ministerial',
      members,
      engagementKind: 'multilateral' as const,
    };
    const state = spec.given([]).when({ type: 'RecordMeeting', data }).thenState();
    expect(state).toMatchObject({ record: { formatName: 'C5+1 ministerial', members } });
    spec
      .given([])
      .when({ type: 'RecordMeeting', data: { ...data, format: 'bilateral' } })
      .thenFails('MEETING.MEMBERS_NOT_MULTILATERAL');
  });

  it.each([
    ['signing-ceremony', '057', 'AGREE'],
    ['mission-opening', '050', 'COOPERATE'],
    ['forum', '040', 'CONSULT'],
    ['summit', '040', 'CONSULT'],
    ['video-call', '041', 'CONSULT'],
  ] as const)('codes a %s as CAMEO %s, PLOVER %s', (engagementKind, cameo, event) => {
    const data = { ...recordFrieden.data, engagementKind };
    const state = spec.given([]).when({ type: 'RecordMeeting', data }).thenState();
    expect(state).toMatchObject({ record: { engagement: { kind: engagementKind, cameo } } });
    expect(state.status !== 'empty' && state.record.engagement.plover.event).toBe(event);
  });
});

describe('CorrectMeeting', () => {
  const correct = (changes: object, reason = 'the press release lists security too') =>
    ({ type: 'CorrectMeeting', data: { meetingId: 'm-1', changes, reason } }) as const;

  it('records only the fields that change, with the reason', () => {
    spec
      .given([meetingRecorded])
      .when(correct({ topics: ['fintech', 'green-energy', 'security'], format: 'bilateral' }))
      .then([
        {
          type: 'MeetingCorrected',
          data: {
            meetingId: 'm-1',
            changes: { topics: ['fintech', 'green-energy', 'security'] },
            reason: 'the press release lists security too',
          },
        },
      ]);
  });

  it('turns a new engagement kind into its codes', () => {
    const state = spec
      .given([meetingRecorded])
      .when(correct({ engagementKind: 'host' }))
      .thenState();
    expect(state.status === 'recorded' && state.record.engagement.cameo).toBe('043');
  });

  it('refuses a correction that changes nothing', () => {
    spec
      .given([meetingRecorded])
      .when(correct({ format: 'bilateral' }))
      .thenFails('MEETING.NOTHING_TO_CORRECT');
  });

  it('refuses a correction without a reason', () => {
    spec
      .given([meetingRecorded])
      .when(correct({ format: 'call' }, '  '))
      .thenFails('RECORD.REASON_REQUIRED');
  });

  it('refuses to correct an unknown meeting', () => {
    spec
      .given([])
      .when(correct({ format: 'call' }))
      .thenFails('MEETING.NOT_FOUND');
  });
});

describe('RetractMeeting', () => {
  const retract = {
    type: 'RetractMeeting',
    data: { meetingId: 'm-1', reason: 'recorded against the wrong visit' },
  } as const;

  it('retracts with the reason, keeping the facts readable', () => {
    const state = spec.given([meetingRecorded]).when(retract).thenState();
    expect(state).toMatchObject({
      status: 'retracted',
      retractionReason: 'recorded against the wrong visit',
      record: { meetingId: 'm-1' },
    });
  });

  it('refuses to retract or correct a retracted meeting', () => {
    const retracted = { type: 'MeetingRetracted', data: retract.data } as const;
    spec.given([meetingRecorded, retracted]).when(retract).thenFails('MEETING.RETRACTED');
    spec
      .given([meetingRecorded, retracted])
      .when({
        type: 'CorrectMeeting',
        data: { meetingId: 'm-1', changes: { format: 'call' }, reason: 'x' },
      })
      .thenFails('MEETING.RETRACTED');
  });
});
