import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { LapsePledgeCommand } from './lapse-pledge.command';

@CommandHandler(LapsePledgeCommand)
export class LapsePledgeHandler implements ICommandHandler<
  LapsePledgeCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: LapsePledgeCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.pledgeId,
      streamId: pledgeStream(input.pledgeId),
      decider: pledgeDecider,
      command: { type: 'LapsePledge', data: input },
      metadata,
      expectedRevision,
    });
  }
}
