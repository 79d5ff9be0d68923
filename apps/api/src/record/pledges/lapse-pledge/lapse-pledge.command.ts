import type { LapsePledge } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class LapsePledgeCommand {
  constructor(
    readonly input: LapsePledge['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
