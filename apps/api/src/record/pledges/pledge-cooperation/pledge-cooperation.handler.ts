import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { meetingStream, partyStream, pledgeDecider, pledgeStream } from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  type CommandResult,
  type Reference,
} from '@chancery/event-sourcing';
import { TopicVocabularyReader } from '../../topics/topic-vocabulary';
import { sourceReferences } from '../pledge-references';
import { PledgeCooperationCommand } from './pledge-cooperation.command';

@CommandHandler(PledgeCooperationCommand)
export class PledgeCooperationHandler implements ICommandHandler<
  PledgeCooperationCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly topics: TopicVocabularyReader,
  ) {}

  async execute({ input, metadata }: PledgeCooperationCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(pledgeReferences(input), metadata);
    return this.topics.filing('area', [input.area], metadata, ([area]) =>
      this.executor.create({
        id: input.pledgeId,
        streamId: pledgeStream(input.pledgeId),
        decider: pledgeDecider,
        command: { type: 'PledgeCooperation', data: { ...input, area } },
        metadata,
      }),
    );
  }
}

/** Both parties, the meeting and the sources must be on record: no pledge by a party that does not exist. */
export function pledgeReferences(input: Partial<PledgeCooperationCommand['input']>): Reference[] {
  return [
    ...(input.pledger ? [{ field: 'pledger', streamId: partyStream(input.pledger) }] : []),
    ...(input.beneficiary
      ? [{ field: 'beneficiary', streamId: partyStream(input.beneficiary) }]
      : []),
    ...(input.meetingId ? [{ field: 'meetingId', streamId: meetingStream(input.meetingId) }] : []),
    ...sourceReferences(input.sourceIds),
  ];
}
