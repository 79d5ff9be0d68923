import type { Upcaster } from '../upcaster';

type Data = Record<string, unknown>;

/** v1 named the speaker by person id (`speakerId`); v2 holds a party ref and the title said. */
function speakerOf({ speakerId, ...rest }: Data): Data {
  return { ...rest, speaker: { kind: 'person', id: speakerId }, speakerTitle: null };
}

export const STATEMENT_UPCASTERS: readonly Upcaster[] = [
  { type: 'StatementRecorded', from: 1, upcast: speakerOf },
  {
    type: 'StatementCorrected',
    from: 1,
    upcast: ({ changes, ...rest }) => {
      const { speakerId, ...others } = (changes ?? {}) as Data;
      const speaker = speakerId === undefined ? {} : { speaker: { kind: 'person', id: speakerId } };
      return { ...rest, changes: { ...others, ...speaker } };
    },
  },
];
