import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assigneeOf,
  followUpDecider,
  followUpStream,
  meetingStream,
  pledgeStream,
} from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  type CommandResult,
  type Reference,
} from '@chancery/event-sourcing';
import { UserDirectory, userStream } from '@chancery/identity';
import { requireKnownDesk } from '../shared/desk-assignee';
import { AssignFollowUpCommand } from './assign-follow-up.command';

@CommandHandler(AssignFollowUpCommand)
export class AssignFollowUpHandler implements ICommandHandler<
  AssignFollowUpCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly directory: UserDirectory,
  ) {}

  async execute({ input, metadata }: AssignFollowUpCommand): Promise<CommandResult<unknown>> {
    requireKnownDesk(this.directory, input.assignee);
    await this.references.requireExisting(followUpReferences(input), metadata);
    return this.executor.create({
      id: input.followUpId,
      streamId: followUpStream(input.followUpId),
      decider: followUpDecider,
      command: { type: 'AssignFollowUp', data: input },
      metadata,
    });
  }
}

/** The pledge or meeting it follows, and the member of staff who owns it (not a desk), must exist. */
export function followUpReferences(
  input: Partial<{ pledgeId: string | null; meetingId: string | null; assignee: string }>,
): Reference[] {
  return [
    ...(input.pledgeId ? [{ field: 'pledgeId', streamId: pledgeStream(input.pledgeId) }] : []),
    ...(input.meetingId ? [{ field: 'meetingId', streamId: meetingStream(input.meetingId) }] : []),
    ...(input.assignee?.trim() && assigneeOf(input.assignee.trim()).kind === 'person'
      ? [{ field: 'assignee', streamId: userStream(input.assignee.trim()) }]
      : []),
  ];
}
