import type { CorrectPosition } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectPositionCommand {
  constructor(
    readonly input: CorrectPosition['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
