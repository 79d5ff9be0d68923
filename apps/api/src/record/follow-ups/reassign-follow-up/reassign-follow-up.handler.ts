import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider, followUpStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { followUpReferences } from '../assign-follow-up/assign-follow-up.handler';
import { ReassignFollowUpCommand } from './reassign-follow-up.command';

@CommandHandler(ReassignFollowUpCommand)
export class ReassignFollowUpHandler implements ICommandHandler<
  ReassignFollowUpCommand,
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
  }: ReassignFollowUpCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(followUpReferences({ assignee: input.assignee }));
    return this.executor.change({
      id: input.followUpId,
      streamId: followUpStream(input.followUpId),
      decider: followUpDecider,
      command: { type: 'ReassignFollowUp', data: input },
      metadata,
      expectedRevision,
    });
  }
}
