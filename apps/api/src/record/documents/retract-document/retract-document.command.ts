import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractDocumentCommand {
  constructor(
    readonly documentId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
