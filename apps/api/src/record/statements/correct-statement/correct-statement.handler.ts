import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  meetingStream,
  partyStream,
  sourceStream,
  statementDecider,
  statementStream,
  type CorrectStatement,
} from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  type CommandResult,
  type Reference,
} from '@chancery/event-sourcing';
import { CorrectStatementCommand } from './correct-statement.command';

/** The records a correction names (a null meeting clears it, so names none). */
function correctedReferences(changes: CorrectStatement['data']['changes']): Reference[] {
  const { speaker, meetingId, sourceIds = [] } = changes;
  return [
    ...(speaker ? [{ field: 'changes.speaker.id', streamId: partyStream(speaker) }] : []),
    ...(meetingId ? [{ field: 'changes.meetingId', streamId: meetingStream(meetingId) }] : []),
    ...sourceIds.map((id, i) => ({ field: `changes.sourceIds[${i}]`, streamId: sourceStream(id) })),
  ];
}

@CommandHandler(CorrectStatementCommand)
export class CorrectStatementHandler implements ICommandHandler<
  CorrectStatementCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectStatementCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(correctedReferences(input.changes), metadata);
    return this.executor.change({
      id: input.statementId,
      streamId: statementStream(input.statementId),
      decider: statementDecider,
      command: { type: 'CorrectStatement', data: input },
      metadata,
      expectedRevision,
    });
  }
}
