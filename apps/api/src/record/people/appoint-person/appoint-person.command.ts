import type { AppointPerson } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class AppointPersonCommand {
  constructor(
    readonly input: AppointPerson['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
