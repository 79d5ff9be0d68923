import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractOrganisationCommand {
  constructor(
    readonly organisationId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
