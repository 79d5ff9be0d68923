import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  indicatorDecider,
  indicatorStream,
  meetingStream,
  partyStream,
  personStream,
  sourceStream,
} from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { RecordIndicatorCommand } from './record-indicator.command';

@CommandHandler(RecordIndicatorCommand)
export class RecordIndicatorHandler implements ICommandHandler<
  RecordIndicatorCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({ input, metadata }: RecordIndicatorCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      [
        ...(input.from ? [{ field: 'from', streamId: partyStream(input.from) }] : []),
        ...(input.to ? [{ field: 'to', streamId: partyStream(input.to) }] : []),
        ...(input.statedById
          ? [{ field: 'statedById', streamId: personStream(input.statedById) }]
          : []),
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
      id: input.indicatorId,
      streamId: indicatorStream(input.indicatorId),
      decider: indicatorDecider,
      command: { type: 'RecordIndicator', data: input },
      metadata,
    });
  }
}
