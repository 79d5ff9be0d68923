import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { RegisterOrganisationCommand } from './register-organisation.command';

/**
 * A new organisation can only close a cycle by naming itself as its parent (no organisation on
 * record can be part of one not yet registered), which the decider refuses without a chain: so
 * the request, and its retry, carry only what the client sent.
 */
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
      [
        // Part of itself is no unknown reference but a cycle: the decider says so.
        ...(input.partOfId && input.partOfId !== input.organisationId
          ? [{ field: 'partOfId', streamId: organisationStream(input.partOfId) }]
          : []),
        ...input.sourceIds.map((id, i) => ({
          field: `sourceIds[${i}]`,
          streamId: sourceStream(id),
        })),
      ],
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
