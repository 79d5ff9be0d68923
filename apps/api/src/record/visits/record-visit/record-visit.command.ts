import type { RecordVisit } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RecordVisitCommand {
  constructor(
    readonly input: RecordVisit['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
