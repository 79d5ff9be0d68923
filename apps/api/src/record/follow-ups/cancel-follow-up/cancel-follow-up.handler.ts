import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider, followUpStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { CancelFollowUpCommand } from './cancel-follow-up.command';

@CommandHandler(CancelFollowUpCommand)
export class CancelFollowUpHandler implements ICommandHandler<
  CancelFollowUpCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CancelFollowUpCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: input.followUpId,
      streamId: followUpStream(input.followUpId),
      decider: followUpDecider,
      command: { type: 'CancelFollowUp', data: input },
      metadata,
      expectedRevision,
    });
  }
}
