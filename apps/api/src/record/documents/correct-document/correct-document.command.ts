import type { CorrectDocument } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectDocumentCommand {
  constructor(
    readonly input: CorrectDocument['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
