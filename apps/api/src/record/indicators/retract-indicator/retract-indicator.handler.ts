import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { indicatorDecider, indicatorStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractIndicatorCommand } from './retract-indicator.command';

@CommandHandler(RetractIndicatorCommand)
export class RetractIndicatorHandler implements ICommandHandler<
  RetractIndicatorCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    indicatorId,
    reason,
    expectedRevision,
    metadata,
  }: RetractIndicatorCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: indicatorId,
      streamId: indicatorStream(indicatorId),
      decider: indicatorDecider,
      command: { type: 'RetractIndicator', data: { indicatorId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
