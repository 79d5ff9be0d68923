import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider, followUpStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RescheduleFollowUpCommand } from './reschedule-follow-up.command';

@CommandHandler(RescheduleFollowUpCommand)
export class RescheduleFollowUpHandler implements ICommandHandler<
  RescheduleFollowUpCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: RescheduleFollowUpCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.followUpId,
      streamId: followUpStream(input.followUpId),
      decider: followUpDecider,
      command: { type: 'RescheduleFollowUp', data: input },
      metadata,
      expectedRevision,
    });
  }
}
