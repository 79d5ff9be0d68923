import {
  UnknownReferenceError,
  type CommandExecutor,
  type ReferenceChecker,
} from '@chancery/event-sourcing';
import { PledgeStepCommand, type PledgeStep } from './pledge-step.command';
import { PledgeStepHandler } from './pledge-step.handler';

const metadata = {
  actor: 'analyst',
  correlationId: 'c-1',
} as unknown as PledgeStepCommand['metadata'];

/** A handler whose reference checker knows only `source-on-record`, and that remembers what it changed. */
function handler() {
  const changed: unknown[] = [];
  const lookedUp: string[] = [];
  const references = {
    requireExisting: async (refs: { field: string; streamId: string }[]) => {
      lookedUp.push(...refs.map((r) => r.streamId));
      const unknown = refs.filter((r) => r.streamId !== 'source-on-record');
      if (unknown.length > 0) throw new UnknownReferenceError(unknown);
    },
  } as unknown as ReferenceChecker;
  const executor = {
    change: async (request: unknown) => {
      changed.push(request);
      return { revision: 1 };
    },
  } as unknown as CommandExecutor;
  return { changed, lookedUp, handler: new PledgeStepHandler(executor, references) };
}

const fulfil = (sourceId: string): PledgeStep => ({
  type: 'FulfilPledge',
  data: { pledgeId: 'p-1', fulfilledOn: '2025-06-30', note: '', sourceIds: [sourceId] },
});

describe('PledgeStepHandler', () => {
  it('changes the pledge stream with the step and the If-Match revision', async () => {
    const { changed, handler: steps } = handler();
    await steps.execute(new PledgeStepCommand(fulfil('on-record'), 3, metadata));
    expect(changed).toEqual([
      expect.objectContaining({
        id: 'p-1',
        streamId: 'pledge-p-1',
        command: fulfil('on-record'),
        expectedRevision: 3,
      }),
    ]);
  });

  it('refuses a step citing a source not on record, and changes nothing', async () => {
    const { changed, handler: steps } = handler();
    await expect(
      steps.execute(new PledgeStepCommand(fulfil('nowhere'), 3, metadata)),
    ).rejects.toMatchObject({
      code: 'RECORD.UNKNOWN_REFERENCE',
      missing: [{ field: 'sourceIds[0]', streamId: 'source-nowhere' }],
    });
    expect(changed).toEqual([]);
  });

  it('takes a step that cites no sources (a lapse) without looking any up', async () => {
    const { changed, lookedUp, handler: steps } = handler();
    const lapse: PledgeStep = {
      type: 'LapsePledge',
      data: { pledgeId: 'p-1', lapsedOn: '2025-02-01', reason: 'no news' },
    };
    await steps.execute(new PledgeStepCommand(lapse, 0, metadata));
    expect(changed).toHaveLength(1);
    expect(lookedUp).toEqual([]);
  });
});
