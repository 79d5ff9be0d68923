import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractSourceCommand {
  constructor(
    readonly sourceId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
