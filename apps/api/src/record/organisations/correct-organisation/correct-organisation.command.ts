import type { CorrectOrganisation } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectOrganisationCommand {
  constructor(
    readonly input: CorrectOrganisation['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
