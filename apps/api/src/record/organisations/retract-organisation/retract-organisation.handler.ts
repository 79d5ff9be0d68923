import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractOrganisationCommand } from './retract-organisation.command';

@CommandHandler(RetractOrganisationCommand)
export class RetractOrganisationHandler implements ICommandHandler<
  RetractOrganisationCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    organisationId,
    reason,
    expectedRevision,
    metadata,
  }: RetractOrganisationCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: organisationId,
      streamId: organisationStream(organisationId),
      decider: organisationDecider,
      command: { type: 'RetractOrganisation', data: { organisationId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
