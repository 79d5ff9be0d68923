import {
  ClassificationAboveClearanceError,
  classificationOfStream,
  isVisibleTo,
  requireClearanceFor,
} from '@chancery/event-sourcing';

const recorded = (classification?: string) => ({
  type: 'MeetingRecorded',
  data: { meetingId: 'm', ...(classification ? { classification } : {}) },
});
const corrected = (changes: object) => ({
  type: 'MeetingCorrected',
  data: { meetingId: 'm', changes, reason: 'r' },
});

describe('a record’s classification, read from its events', () => {
  it('is the one it was recorded with, as last corrected; a correction of other facts keeps it', () => {
    expect(classificationOfStream('meeting-m', [recorded('public')])).toBe('public');
    expect(
      classificationOfStream('meeting-m', [
        recorded('public'),
        corrected({ classification: 'confidential' }),
        corrected({ title: 'Talks' }),
      ]),
    ).toBe('confidential');
  });

  it('counts a record with none (or an unknown one) as confidential, as reads do', () => {
    expect(classificationOfStream('meeting-m', [recorded()])).toBe('confidential');
    expect(classificationOfStream('meeting-m', [recorded('secret')])).toBe('confidential');
  });

  it('leaves streams outside the record (users) unclassified: clearance does not hide them', () => {
    const user = [{ type: 'UserRegistered', data: { userId: 'u', clearance: 'public' } }];
    expect(classificationOfStream('user-u', user)).toBeNull();
    expect(isVisibleTo({ clearance: 'public' }, null)).toBe(true);
  });

  it('refuses events that classify above the clearance, and only those', () => {
    const user = { clearance: 'internal' as const };
    expect(() =>
      requireClearanceFor([recorded('internal'), corrected({ title: 'x' })], user),
    ).not.toThrow();
    expect(() =>
      requireClearanceFor([corrected({ classification: 'confidential' })], user),
    ).toThrow(ClassificationAboveClearanceError);
  });
});
