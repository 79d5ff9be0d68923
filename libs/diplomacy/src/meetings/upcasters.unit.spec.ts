import { upcastEvent } from '../upcasting';

const v1Participants = [
  { party: { kind: 'person', id: 'p-1' }, side: { kind: 'country', id: 'KAZ' }, role: null },
  { party: { kind: 'person', id: 'p-2' }, side: { kind: 'country', id: 'LUX' }, role: 'host' },
];

describe('meetings and visits stored as v1', () => {
  it('read a recorded meeting as v2: participants with no title, no named format or members', () => {
    const stored = {
      type: 'MeetingRecorded',
      schemaVersion: 1,
      data: { meetingId: 'm-1', date: '2024-10-14', participants: v1Participants },
    };
    expect(upcastEvent(stored)).toEqual({
      type: 'MeetingRecorded',
      schemaVersion: 2,
      data: {
        meetingId: 'm-1',
        date: '2024-10-14',
        participants: v1Participants.map((p) => ({ ...p, title: null })),
        formatName: null,
        members: [],
      },
    });
  });

  it('read a correction as v2, touching only what it changed', () => {
    const stored = {
      type: 'MeetingCorrected',
      schemaVersion: 1,
      data: { meetingId: 'm-1', changes: { topics: ['fintech'] }, reason: 'r' },
    };
    expect(upcastEvent(stored).data).toEqual(stored.data);
    const withPeople = {
      ...stored,
      data: { ...stored.data, changes: { participants: v1Participants } },
    };
    expect(upcastEvent(withPeople).data.changes.participants[0]).toMatchObject({ title: null });
  });

  it('read a recorded visit as v2: a named head with no title', () => {
    const stored = {
      type: 'VisitRecorded',
      schemaVersion: 1,
      data: {
        visitId: 'v-1',
        delegation: { sentBy: { kind: 'country', id: 'KAZ' }, headId: 'h', memberIds: [] },
      },
    };
    expect(upcastEvent(stored)).toMatchObject({
      schemaVersion: 2,
      data: { delegation: { headId: 'h', headTitle: null, memberIds: [] } },
    });
  });
});
