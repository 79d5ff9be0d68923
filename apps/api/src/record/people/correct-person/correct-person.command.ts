import type { CorrectPerson } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectPersonCommand {
  constructor(
    readonly input: CorrectPerson['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
