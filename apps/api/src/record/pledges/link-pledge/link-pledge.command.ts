import type { LinkPledge } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class LinkPledgeCommand {
  constructor(
    readonly input: Omit<LinkPledge['data'], 'chain'>,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
