import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { sourceReferences } from '../pledge-references';
import { ChangePledgeLevelCommand } from './change-pledge-level.command';

@CommandHandler(ChangePledgeLevelCommand)
export class ChangePledgeLevelHandler implements ICommandHandler<
  ChangePledgeLevelCommand,
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
  }: ChangePledgeLevelCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(sourceReferences(input.sourceIds));
    return this.executor.change({
      id: input.pledgeId,
      streamId: pledgeStream(input.pledgeId),
      decider: pledgeDecider,
      command: { type: 'ChangePledgeLevel', data: input },
      metadata,
      expectedRevision,
    });
  }
}
