import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { meetingDecider, meetingStream } from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  StreamReader,
  type CommandResult,
} from '@chancery/event-sourcing';
import { TopicVocabularyReader } from '../../topics/topic-vocabulary';
import { requireCorrectedWithinVisit } from '../meeting-within-visit';
import { meetingReferences } from '../record-meeting/record-meeting.handler';
import { CorrectMeetingCommand } from './correct-meeting.command';

@CommandHandler(CorrectMeetingCommand)
export class CorrectMeetingHandler implements ICommandHandler<
  CorrectMeetingCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly topics: TopicVocabularyReader,
    private readonly reader: StreamReader,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectMeetingCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      meetingReferences(input.changes).map((r) => ({ ...r, field: `changes.${r.field}` })),
      metadata,
    );
    await requireCorrectedWithinVisit(this.reader, metadata, input.meetingId, input.changes);
    const given = input.changes.topics;
    return this.topics.filing('changes.topics', given ?? [], metadata, (topics) =>
      this.executor.change({
        id: input.meetingId,
        streamId: meetingStream(input.meetingId),
        decider: meetingDecider,
        command: {
          type: 'CorrectMeeting',
          data: given ? { ...input, changes: { ...input.changes, topics } } : input,
        },
        metadata,
        expectedRevision,
      }),
    );
  }
}
