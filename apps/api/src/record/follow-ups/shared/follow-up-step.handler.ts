import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider, followUpStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { UserDirectory } from '@chancery/identity';
import { followUpReferences } from '../assign-follow-up/assign-follow-up.handler';
import { requireKnownDesk } from './desk-assignee';
import { FollowUpStepCommand } from './follow-up-step.command';

/**
 * Every step after the assignment is taken the same way: the caller must have read the follow-up
 * as it now stands (If-Match); a reassignment's new assignee must exist.
 */
@CommandHandler(FollowUpStepCommand)
export class FollowUpStepHandler implements ICommandHandler<
  FollowUpStepCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly directory: UserDirectory,
  ) {}

  async execute({
    step,
    expectedRevision,
    metadata,
  }: FollowUpStepCommand): Promise<CommandResult<unknown>> {
    if (step.type === 'ReassignFollowUp') {
      requireKnownDesk(this.directory, step.data.assignee);
      await this.references.requireExisting(
        followUpReferences({ assignee: step.data.assignee }),
        metadata,
      );
    }
    return this.executor.change({
      id: step.data.followUpId,
      streamId: followUpStream(step.data.followUpId),
      decider: followUpDecider,
      command: step,
      metadata,
      expectedRevision,
    });
  }
}
