import type { CancelFollowUp } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CancelFollowUpCommand {
  constructor(
    readonly input: CancelFollowUp['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
