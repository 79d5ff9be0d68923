import type { RecordDocument } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RecordDocumentCommand {
  constructor(
    readonly input: RecordDocument['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
