import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractPledgeCommand {
  constructor(
    readonly pledgeId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
