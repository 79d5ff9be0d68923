import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractPledgeCommand } from './retract-pledge.command';

@CommandHandler(RetractPledgeCommand)
export class RetractPledgeHandler implements ICommandHandler<
  RetractPledgeCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    pledgeId,
    reason,
    expectedRevision,
    metadata,
  }: RetractPledgeCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: pledgeId,
      streamId: pledgeStream(pledgeId),
      decider: pledgeDecider,
      command: { type: 'RetractPledge', data: { pledgeId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
