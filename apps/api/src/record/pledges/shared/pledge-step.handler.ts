import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { sourceReferences } from '../pledge-references';
import { PledgeStepCommand } from './pledge-step.command';

/**
 * Every step after the pledge is made is taken the same way: the sources it cites must be on
 * record, and the caller must have read the pledge as it now stands (If-Match).
 */
@CommandHandler(PledgeStepCommand)
export class PledgeStepHandler implements ICommandHandler<
  PledgeStepCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({
    step,
    expectedRevision,
    metadata,
  }: PledgeStepCommand): Promise<CommandResult<unknown>> {
    if ('sourceIds' in step.data) {
      await this.references.requireExisting(sourceReferences(step.data.sourceIds), metadata);
    }
    return this.executor.change({
      id: step.data.pledgeId,
      streamId: pledgeStream(step.data.pledgeId),
      decider: pledgeDecider,
      command: step,
      metadata,
      expectedRevision,
    });
  }
}
