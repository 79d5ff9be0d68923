import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { sourceDecider, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractSourceCommand } from './retract-source.command';

@CommandHandler(RetractSourceCommand)
export class RetractSourceHandler implements ICommandHandler<
  RetractSourceCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    sourceId,
    reason,
    expectedRevision,
    metadata,
  }: RetractSourceCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: sourceId,
      streamId: sourceStream(sourceId),
      decider: sourceDecider,
      command: { type: 'RetractSource', data: { sourceId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
