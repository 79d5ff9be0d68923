import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { meetingDecider, meetingStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractMeetingCommand } from './retract-meeting.command';

@CommandHandler(RetractMeetingCommand)
export class RetractMeetingHandler implements ICommandHandler<
  RetractMeetingCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    meetingId,
    reason,
    expectedRevision,
    metadata,
  }: RetractMeetingCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: meetingId,
      streamId: meetingStream(meetingId),
      decider: meetingDecider,
      command: { type: 'RetractMeeting', data: { meetingId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
