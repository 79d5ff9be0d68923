import type { RescheduleFollowUp } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RescheduleFollowUpCommand {
  constructor(
    readonly input: RescheduleFollowUp['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
