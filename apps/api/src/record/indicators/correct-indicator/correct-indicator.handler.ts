import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  indicatorDecider,
  indicatorStream,
  meetingStream,
  partyStream,
  personStream,
  sourceStream,
  type CorrectIndicator,
} from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  type CommandResult,
  type Reference,
} from '@chancery/event-sourcing';
import { CorrectIndicatorCommand } from './correct-indicator.command';

/** The records a correction names (null clears a reference, so names none). */
function correctedReferences(changes: CorrectIndicator['data']['changes']): Reference[] {
  const { from, to, statedById, meetingId, sourceIds = [] } = changes;
  return [
    ...(from ? [{ field: 'changes.from', streamId: partyStream(from) }] : []),
    ...(to ? [{ field: 'changes.to', streamId: partyStream(to) }] : []),
    ...(statedById ? [{ field: 'changes.statedById', streamId: personStream(statedById) }] : []),
    ...(meetingId ? [{ field: 'changes.meetingId', streamId: meetingStream(meetingId) }] : []),
    ...sourceIds.map((id, i) => ({ field: `changes.sourceIds[${i}]`, streamId: sourceStream(id) })),
  ];
}

@CommandHandler(CorrectIndicatorCommand)
export class CorrectIndicatorHandler implements ICommandHandler<
  CorrectIndicatorCommand,
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
  }: CorrectIndicatorCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(correctedReferences(input.changes), metadata);
    return this.executor.change({
      id: input.indicatorId,
      streamId: indicatorStream(input.indicatorId),
      decider: indicatorDecider,
      command: { type: 'CorrectIndicator', data: input },
      metadata,
      expectedRevision,
    });
  }
}
