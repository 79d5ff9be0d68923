import type { CorrectPledge } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectPledgeCommand {
  constructor(
    readonly input: CorrectPledge['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
