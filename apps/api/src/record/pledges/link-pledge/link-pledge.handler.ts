import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pledgeDecider, pledgeStream, type PledgeRelation } from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  StreamReader,
  type CommandResult,
} from '@chancery/event-sourcing';
import { LinkPledgeCommand } from './link-pledge.command';

/** A chain longer than this is not followed further (no real envelope nests so deep). */
const CHAIN_LIMIT = 1000;

/**
 * The other pledge must be on record. The decider refuses a cycle from the pledges the other one
 * reaches by the same relation, read here from their streams so that the decider stays pure.
 */
@CommandHandler(LinkPledgeCommand)
export class LinkPledgeHandler implements ICommandHandler<
  LinkPledgeCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly reader: StreamReader,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: LinkPledgeCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      [{ field: 'otherPledgeId', streamId: pledgeStream(input.otherPledgeId) }],
      metadata,
    );
    const chain =
      input.relation === 'same-as' || input.otherPledgeId === input.pledgeId
        ? []
        : await this.chainFrom(input.otherPledgeId, input.relation, input.pledgeId);
    return this.executor.change({
      id: input.pledgeId,
      streamId: pledgeStream(input.pledgeId),
      decider: pledgeDecider,
      command: { type: 'LinkPledge', data: { ...input, chain } },
      metadata,
      expectedRevision,
    });
  }

  /** Every pledge reached from `start` by links of `relation`, stopping once `target` is found. */
  private async chainFrom(start: string, relation: PledgeRelation, target: string) {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length && seen.size < CHAIN_LIMIT) {
      const id = queue.shift() as string;
      const { state } = await this.reader.load(pledgeStream(id), pledgeDecider);
      if (state.status === 'empty') continue;
      for (const link of state.record.links) {
        if (link.relation !== relation || seen.has(link.otherPledgeId)) continue;
        seen.add(link.otherPledgeId);
        if (link.otherPledgeId === target) return [...seen];
        queue.push(link.otherPledgeId);
      }
    }
    return [...seen];
  }
}
