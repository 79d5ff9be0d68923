import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  meetingDecider,
  meetingStream,
  partyStream,
  sourceStream,
  visitStream,
} from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  StreamReader,
  type CommandResult,
  type Reference,
} from '@chancery/event-sourcing';
import { TopicVocabularyReader } from '../../topics/topic-vocabulary';
import { requireWithinVisit } from '../meeting-within-visit';
import { RecordMeetingCommand } from './record-meeting.command';

@CommandHandler(RecordMeetingCommand)
export class RecordMeetingHandler implements ICommandHandler<
  RecordMeetingCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly topics: TopicVocabularyReader,
    private readonly reader: StreamReader,
  ) {}

  async execute({ input, metadata }: RecordMeetingCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(meetingReferences(input), metadata);
    await requireWithinVisit(this.reader, metadata, input.date, input.visitId);
    return this.topics.filing('topics', input.topics, metadata, (topics) =>
      this.executor.create({
        id: input.meetingId,
        streamId: meetingStream(input.meetingId),
        decider: meetingDecider,
        command: { type: 'RecordMeeting', data: { ...input, topics } },
        metadata,
      }),
    );
  }
}

/** Everything a meeting points at must already be on record: parties, sides, visit, sources. */
export function meetingReferences(input: Partial<RecordMeetingCommand['input']>): Reference[] {
  return [
    ...(input.participants ?? []).flatMap((p, i) => [
      ...(p.party ? [{ field: `participants[${i}].party`, streamId: partyStream(p.party) }] : []),
      ...(p.side ? [{ field: `participants[${i}].side`, streamId: partyStream(p.side) }] : []),
    ]),
    ...(input.members ?? []).map((m, i) => ({
      field: `members[${i}]`,
      streamId: partyStream(m),
    })),
    ...(input.visitId ? [{ field: 'visitId', streamId: visitStream(input.visitId) }] : []),
    ...(input.sourceIds ?? []).map((id, i) => ({
      field: `sourceIds[${i}]`,
      streamId: sourceStream(id),
    })),
  ];
}
