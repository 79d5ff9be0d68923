import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream, sourceStream } from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  StreamReader,
  type CommandResult,
} from '@chancery/event-sourcing';
import { parentChain } from '../shared/parent-chain';
import { RegisterOrganisationCommand } from './register-organisation.command';

@CommandHandler(RegisterOrganisationCommand)
export class RegisterOrganisationHandler implements ICommandHandler<
  RegisterOrganisationCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly reader: StreamReader,
  ) {}

  async execute({ input, metadata }: RegisterOrganisationCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      [
        ...(input.partOfId
          ? [{ field: 'partOfId', streamId: organisationStream(input.partOfId) }]
          : []),
        ...input.sourceIds.map((id, i) => ({
          field: `sourceIds[${i}]`,
          streamId: sourceStream(id),
        })),
      ],
      metadata,
    );
    const data = { ...input, parentChain: await parentChain(this.reader, input.partOfId) };
    return this.executor.create({
      id: input.organisationId,
      streamId: organisationStream(input.organisationId),
      decider: organisationDecider,
      command: { type: 'RegisterOrganisation', data },
      metadata,
    });
  }
}
