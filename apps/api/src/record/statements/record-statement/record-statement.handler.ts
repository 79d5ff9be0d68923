import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  meetingStream,
  partyStream,
  sourceStream,
  statementDecider,
  statementStream,
} from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { RecordStatementCommand } from './record-statement.command';

@CommandHandler(RecordStatementCommand)
export class RecordStatementHandler implements ICommandHandler<
  RecordStatementCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({ input, metadata }: RecordStatementCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      [
        { field: 'speaker.id', streamId: partyStream(input.speaker) },
        ...(input.meetingId
          ? [{ field: 'meetingId', streamId: meetingStream(input.meetingId) }]
          : []),
        ...input.sourceIds.map((id, i) => ({
          field: `sourceIds[${i}]`,
          streamId: sourceStream(id),
        })),
      ],
      metadata,
    );
    return this.executor.create({
      id: input.statementId,
      streamId: statementStream(input.statementId),
      decider: statementDecider,
      command: { type: 'RecordStatement', data: input },
      metadata,
    });
  }
}
