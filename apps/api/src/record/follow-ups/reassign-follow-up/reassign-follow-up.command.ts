import type { ReassignFollowUp } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class ReassignFollowUpCommand {
  constructor(
    readonly input: ReassignFollowUp['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
