import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { sourceReferences } from '../pledge-references';
import { FulfilPledgeCommand } from './fulfil-pledge.command';

@CommandHandler(FulfilPledgeCommand)
export class FulfilPledgeHandler implements ICommandHandler<
  FulfilPledgeCommand,
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
  }: FulfilPledgeCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(sourceReferences(input.sourceIds));
    return this.executor.change({
      id: input.pledgeId,
      streamId: pledgeStream(input.pledgeId),
      decider: pledgeDecider,
      command: { type: 'FulfilPledge', data: input },
      metadata,
      expectedRevision,
    });
  }
}
