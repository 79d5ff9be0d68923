import type { RegisterPerson } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RegisterPersonCommand {
  constructor(
    readonly input: RegisterPerson['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
