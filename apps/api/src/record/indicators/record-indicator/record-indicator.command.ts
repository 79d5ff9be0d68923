import type { RecordIndicator } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RecordIndicatorCommand {
  constructor(
    readonly input: RecordIndicator['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
