import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractIndicatorCommand {
  constructor(
    readonly indicatorId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
