import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { partyStream, personDecider, personStream, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { AppointPersonCommand } from './appoint-person.command';

@CommandHandler(AppointPersonCommand)
export class AppointPersonHandler implements ICommandHandler<
  AppointPersonCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: AppointPersonCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      [
        ...(input.at.kind === 'person' ? [] : [{ field: 'at', streamId: partyStream(input.at) }]),
        ...input.sourceIds.map((id, i) => ({
          field: `sourceIds[${i}]`,
          streamId: sourceStream(id),
        })),
      ],
      metadata,
    );
    return this.executor.change({
      id: input.personId,
      streamId: personStream(input.personId),
      decider: personDecider,
      command: { type: 'AppointPerson', data: input },
      metadata,
      expectedRevision,
    });
  }
}
