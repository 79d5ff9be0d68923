import type { RecordStatement } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RecordStatementCommand {
  constructor(
    readonly input: RecordStatement['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
