import type { PledgeCooperation } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class PledgeCooperationCommand {
  constructor(
    readonly input: PledgeCooperation['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
