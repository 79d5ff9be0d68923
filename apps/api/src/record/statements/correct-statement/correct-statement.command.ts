import type { CorrectStatement } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectStatementCommand {
  constructor(
    readonly input: CorrectStatement['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
