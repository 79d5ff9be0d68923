import type { ReportPledgeProgress } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class ReportPledgeProgressCommand {
  constructor(
    readonly input: ReportPledgeProgress['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
