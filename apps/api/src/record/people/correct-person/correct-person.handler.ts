import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, personStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { CorrectPersonCommand } from './correct-person.command';

/** A person's facts name no other record, so there is nothing to check before the decider. */
@CommandHandler(CorrectPersonCommand)
export class CorrectPersonHandler implements ICommandHandler<
  CorrectPersonCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectPersonCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.personId,
      streamId: personStream(input.personId),
      decider: personDecider,
      command: { type: 'CorrectPerson', data: input },
      metadata,
      expectedRevision,
    });
  }
}
