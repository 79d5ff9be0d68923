import type { RegisterOrganisation } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RegisterOrganisationCommand {
  constructor(
    readonly input: RegisterOrganisation['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
