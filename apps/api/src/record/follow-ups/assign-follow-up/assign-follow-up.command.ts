import type { AssignFollowUp } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class AssignFollowUpCommand {
  constructor(
    readonly input: AssignFollowUp['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
