import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { CorrectOrganisationCommand } from './correct-organisation.command';

/** A organisation's facts name no other record, so there is nothing to check before the decider. */
@CommandHandler(CorrectOrganisationCommand)
export class CorrectOrganisationHandler implements ICommandHandler<
  CorrectOrganisationCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectOrganisationCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.organisationId,
      streamId: organisationStream(input.organisationId),
      decider: organisationDecider,
      command: { type: 'CorrectOrganisation', data: input },
      metadata,
      expectedRevision,
    });
  }
}
