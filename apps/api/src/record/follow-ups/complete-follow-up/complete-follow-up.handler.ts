import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider, followUpStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { CompleteFollowUpCommand } from './complete-follow-up.command';

@CommandHandler(CompleteFollowUpCommand)
export class CompleteFollowUpHandler implements ICommandHandler<
  CompleteFollowUpCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CompleteFollowUpCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.followUpId,
      streamId: followUpStream(input.followUpId),
      decider: followUpDecider,
      command: { type: 'CompleteFollowUp', data: input },
      metadata,
      expectedRevision,
    });
  }
}
