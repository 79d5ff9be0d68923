import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractPersonCommand {
  constructor(
    readonly personId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
