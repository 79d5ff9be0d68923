import type { PledgeCommand } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

/** A step in the life of a pledge already made: progress, a change of level, fulfilment, lapse, withdrawal, retraction, unlinking. */
export type PledgeStep = Exclude<
  PledgeCommand,
  { type: 'PledgeCooperation' | 'CorrectPledge' | 'LinkPledge' }
>;

export class PledgeStepCommand {
  constructor(
    readonly step: PledgeStep,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
