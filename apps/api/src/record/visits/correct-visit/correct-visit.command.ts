import type { CorrectVisit } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectVisitCommand {
  constructor(
    readonly input: CorrectVisit['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
