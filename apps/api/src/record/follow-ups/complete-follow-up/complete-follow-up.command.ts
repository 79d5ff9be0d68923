import type { CompleteFollowUp } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CompleteFollowUpCommand {
  constructor(
    readonly input: CompleteFollowUp['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
