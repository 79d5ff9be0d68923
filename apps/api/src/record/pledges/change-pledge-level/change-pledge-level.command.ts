import type { ChangePledgeLevel } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class ChangePledgeLevelCommand {
  constructor(
    readonly input: ChangePledgeLevel['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
