import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  documentStream,
  meetingStream,
  partyStream,
  pledgeDecider,
  pledgeStream,
  type PartyRef,
} from '@chancery/diplomacy';
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
    return this.topics.filing('areas', input.areas, metadata, (areas) =>
      this.executor.create({
        id: input.pledgeId,
        streamId: pledgeStream(input.pledgeId),
        decider: pledgeDecider,
        command: { type: 'PledgeCooperation', data: { ...input, areas } },
        metadata,
      }),
    );
  }
}

/** Every party, the meeting, the document and the sources must be on record: no pledge by a party that does not exist. */
export function pledgeReferences(input: Partial<PledgeCooperationCommand['input']>): Reference[] {
  const parties = (field: string, refs: PartyRef[] = []) =>
    refs.map((party, i) => ({ field: `${field}[${i}]`, streamId: partyStream(party) }));
  return [
    ...parties('pledgers', input.pledgers),
    ...parties('beneficiaries', input.beneficiaries),
    ...(input.meetingId ? [{ field: 'meetingId', streamId: meetingStream(input.meetingId) }] : []),
    ...(input.documentId
      ? [{ field: 'documentId', streamId: documentStream(input.documentId) }]
      : []),
    ...sourceReferences(input.sourceIds),
  ];
}
