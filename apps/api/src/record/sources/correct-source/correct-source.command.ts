import type { CorrectSource } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectSourceCommand {
  constructor(
    readonly input: CorrectSource['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
