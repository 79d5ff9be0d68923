import type { FulfilPledge } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class FulfilPledgeCommand {
  constructor(
    readonly input: FulfilPledge['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
