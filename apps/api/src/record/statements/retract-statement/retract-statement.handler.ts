import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { statementDecider, statementStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractStatementCommand } from './retract-statement.command';

@CommandHandler(RetractStatementCommand)
export class RetractStatementHandler implements ICommandHandler<
  RetractStatementCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    statementId,
    reason,
    expectedRevision,
    metadata,
  }: RetractStatementCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: statementId,
      streamId: statementStream(statementId),
      decider: statementDecider,
      command: { type: 'RetractStatement', data: { statementId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
