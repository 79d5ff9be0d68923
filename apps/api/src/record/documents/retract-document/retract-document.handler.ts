import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { documentDecider, documentStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RetractDocumentCommand } from './retract-document.command';

@CommandHandler(RetractDocumentCommand)
export class RetractDocumentHandler implements ICommandHandler<
  RetractDocumentCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({
    documentId,
    reason,
    expectedRevision,
    metadata,
  }: RetractDocumentCommand): Promise<CommandResult<unknown>> {
    return this.executor.change({
      id: documentId,
      streamId: documentStream(documentId),
      decider: documentDecider,
      command: { type: 'RetractDocument', data: { documentId, reason } },
      metadata,
      expectedRevision,
    });
  }
}
