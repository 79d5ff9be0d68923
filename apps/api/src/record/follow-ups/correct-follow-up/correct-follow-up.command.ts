import type { CorrectFollowUp } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectFollowUpCommand {
  constructor(
    readonly input: CorrectFollowUp['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
