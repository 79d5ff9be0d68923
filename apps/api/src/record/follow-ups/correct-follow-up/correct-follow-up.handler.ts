import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { followUpDecider, followUpStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { followUpReferences } from '../assign-follow-up/assign-follow-up.handler';
import { CorrectFollowUpCommand } from './correct-follow-up.command';

@CommandHandler(CorrectFollowUpCommand)
export class CorrectFollowUpHandler implements ICommandHandler<
  CorrectFollowUpCommand,
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
  }: CorrectFollowUpCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      followUpReferences(input.changes).map((r) => ({ ...r, field: `changes.${r.field}` })),
      metadata,
    );
    return this.executor.change({
      id: input.followUpId,
      streamId: followUpStream(input.followUpId),
      decider: followUpDecider,
      command: { type: 'CorrectFollowUp', data: input },
      metadata,
      expectedRevision,
    });
  }
}
