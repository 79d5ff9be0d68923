import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { partyStream, personDecider, personStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { CorrectPositionCommand } from './correct-position.command';

@CommandHandler(CorrectPositionCommand)
export class CorrectPositionHandler implements ICommandHandler<
  CorrectPositionCommand,
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
  }: CorrectPositionCommand): Promise<CommandResult<unknown>> {
    const { at } = input.changes;
    // A post "at" a person is the decider's to refuse, with its own code.
    if (at && at.kind !== 'person')
      await this.references.requireExisting(
        [{ field: 'changes.at', streamId: partyStream(at) }],
        metadata,
      );
    return this.executor.change({
      id: input.personId,
      streamId: personStream(input.personId),
      decider: personDecider,
      command: { type: 'CorrectPosition', data: input },
      metadata,
      expectedRevision,
    });
  }
}
