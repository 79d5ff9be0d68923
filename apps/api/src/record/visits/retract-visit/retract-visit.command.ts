import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractVisitCommand {
  constructor(
    readonly visitId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
