import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { RegisterOrganisationCommand } from './register-organisation.command';

@CommandHandler(RegisterOrganisationCommand)
export class RegisterOrganisationHandler implements ICommandHandler<
  RegisterOrganisationCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({ input, metadata }: RegisterOrganisationCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      input.sourceIds.map((id, i) => ({ field: `sourceIds[${i}]`, streamId: sourceStream(id) })),
      metadata,
    );
    return this.executor.create({
      id: input.organisationId,
      streamId: organisationStream(input.organisationId),
      decider: organisationDecider,
      command: { type: 'RegisterOrganisation', data: input },
      metadata,
    });
  }
}
