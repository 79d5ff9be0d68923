import type { RegisterCountry } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RegisterCountryCommand {
  constructor(
    readonly input: RegisterCountry['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
