import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { sourceDecider, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { CorrectSourceCommand } from './correct-source.command';

/** A source's facts name no other record, so there is nothing to check before the decider. */
@CommandHandler(CorrectSourceCommand)
export class CorrectSourceHandler implements ICommandHandler<
  CorrectSourceCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectSourceCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.sourceId,
      streamId: sourceStream(input.sourceId),
      decider: sourceDecider,
      command: { type: 'CorrectSource', data: input },
      metadata,
      expectedRevision,
    });
  }
}
