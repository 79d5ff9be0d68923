import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { visitDecider, visitStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractVisitCommand } from './retract-visit.command';

@CommandHandler(RetractVisitCommand)
export class RetractVisitHandler implements ICommandHandler<
  RetractVisitCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    visitId,
    reason,
    expectedRevision,
    metadata,
  }: RetractVisitCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: visitId,
      streamId: visitStream(visitId),
      decider: visitDecider,
      command: { type: 'RetractVisit', data: { visitId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
