import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { documentDecider, documentStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { documentReferences } from '../shared/document-references';
import { RecordDocumentCommand } from './record-document.command';

@CommandHandler(RecordDocumentCommand)
export class RecordDocumentHandler implements ICommandHandler<
  RecordDocumentCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({ input, metadata }: RecordDocumentCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(documentReferences(input), metadata);
    return this.executor.create({
      id: input.documentId,
      streamId: documentStream(input.documentId),
      decider: documentDecider,
      command: { type: 'RecordDocument', data: input },
      metadata,
    });
  }
}
