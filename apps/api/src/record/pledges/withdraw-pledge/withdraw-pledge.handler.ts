import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { sourceReferences } from '../pledge-references';
import { WithdrawPledgeCommand } from './withdraw-pledge.command';

@CommandHandler(WithdrawPledgeCommand)
export class WithdrawPledgeHandler implements ICommandHandler<
  WithdrawPledgeCommand,
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
  }: WithdrawPledgeCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(sourceReferences(input.sourceIds));
    return this.executor.change({
      id: input.pledgeId,
      streamId: pledgeStream(input.pledgeId),
      decider: pledgeDecider,
      command: { type: 'WithdrawPledge', data: input },
      metadata,
      expectedRevision,
    });
  }
}
