import type { WithdrawPledge } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class WithdrawPledgeCommand {
  constructor(
    readonly input: WithdrawPledge['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
