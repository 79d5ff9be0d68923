import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractStatementCommand {
  constructor(
    readonly statementId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
