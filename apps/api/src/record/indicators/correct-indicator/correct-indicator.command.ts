import type { CorrectIndicator } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectIndicatorCommand {
  constructor(
    readonly input: CorrectIndicator['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
