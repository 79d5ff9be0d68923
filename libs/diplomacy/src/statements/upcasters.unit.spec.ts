import { upcastEvent } from '../upcasting';

describe('statements stored before institutional speakers', () => {
  it('reads a v1 recording’s speakerId as a person speaker with no title', () => {
    const stored = {
      type: 'StatementRecorded',
      schemaVersion: 1,
      data: { statementId: 'st-1', speakerId: 'p-1', text: 'Ready', saidOn: '2024-10-14' },
    };
    expect(upcastEvent(stored)).toEqual({
      type: 'StatementRecorded',
      schemaVersion: 2,
      data: {
        statementId: 'st-1',
        speaker: { kind: 'person', id: 'p-1' },
        speakerTitle: null,
        text: 'Ready',
        saidOn: '2024-10-14',
      },
    });
  });

  it('reads a v1 correction of the speaker as a change of speaker, and leaves others alone', () => {
    const corrected = (changes: object) => ({
      type: 'StatementCorrected',
      schemaVersion: 1,
      data: { statementId: 'st-1', changes, reason: 'misheard' },
    });
    expect(upcastEvent(corrected({ speakerId: 'p-2' })).data).toEqual({
      statementId: 'st-1',
      changes: { speaker: { kind: 'person', id: 'p-2' } },
      reason: 'misheard',
    });
    expect(upcastEvent(corrected({ form: 'direct' })).data).toEqual({
      statementId: 'st-1',
      changes: { form: 'direct' },
      reason: 'misheard',
    });
  });
});
