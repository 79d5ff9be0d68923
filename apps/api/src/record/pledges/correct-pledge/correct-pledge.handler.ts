import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { TopicVocabularyReader } from '../../topics/topic-vocabulary';
import { pledgeReferences } from '../pledge-cooperation/pledge-cooperation.handler';
import { CorrectPledgeCommand } from './correct-pledge.command';

@CommandHandler(CorrectPledgeCommand)
export class CorrectPledgeHandler implements ICommandHandler<
  CorrectPledgeCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly topics: TopicVocabularyReader,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectPledgeCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      pledgeReferences(input.changes).map((r) => ({ ...r, field: `changes.${r.field}` })),
      metadata,
    );
    const given = input.changes.areas;
    return this.topics.filing('changes.areas', given ?? [], metadata, (areas) =>
      this.executor.change({
        id: input.pledgeId,
        streamId: pledgeStream(input.pledgeId),
        decider: pledgeDecider,
        command: {
          type: 'CorrectPledge',
          data: given ? { ...input, changes: { ...input.changes, areas } } : input,
        },
        metadata,
        expectedRevision,
      }),
    );
  }
}
