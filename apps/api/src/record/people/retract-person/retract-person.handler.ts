import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, personStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractPersonCommand } from './retract-person.command';

@CommandHandler(RetractPersonCommand)
export class RetractPersonHandler implements ICommandHandler<
  RetractPersonCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    personId,
    reason,
    expectedRevision,
    metadata,
  }: RetractPersonCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: personId,
      streamId: personStream(personId),
      decider: personDecider,
      command: { type: 'RetractPerson', data: { personId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
