import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { documentDecider, documentStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { documentReferences } from '../shared/document-references';
import { CorrectDocumentCommand } from './correct-document.command';

@CommandHandler(CorrectDocumentCommand)
export class CorrectDocumentHandler implements ICommandHandler<
  CorrectDocumentCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectDocumentCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(documentReferences(input.changes, 'changes.'), metadata);
    return this.executor.change({
      id: input.documentId,
      streamId: documentStream(input.documentId),
      decider: documentDecider,
      command: { type: 'CorrectDocument', data: input },
      metadata,
      expectedRevision,
    });
  }
}
