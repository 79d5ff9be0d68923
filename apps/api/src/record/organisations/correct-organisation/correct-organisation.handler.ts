import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { organisationDecider, organisationStream } from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  StreamReader,
  type CommandResult,
} from '@chancery/event-sourcing';
import { parentChain } from '../shared/parent-chain';
import { CorrectOrganisationCommand } from './correct-organisation.command';

/** A new parent must be on record; the chain above it lets the decider refuse a cycle. */
@CommandHandler(CorrectOrganisationCommand)
export class CorrectOrganisationHandler implements ICommandHandler<
  CorrectOrganisationCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
    private readonly reader: StreamReader,
  ) {}

  async execute({
    input,
    expectedRevision,
    metadata,
  }: CorrectOrganisationCommand): Promise<CommandResult<unknown>> {
    const { partOfId } = input.changes;
    if (partOfId)
      await this.references.requireExisting(
        [{ field: 'changes.partOfId', streamId: organisationStream(partOfId) }],
        metadata,
      );
    const data = { ...input, parentChain: await parentChain(this.reader, partOfId) };
    return this.executor.change({
      id: input.organisationId,
      streamId: organisationStream(input.organisationId),
      decider: organisationDecider,
      command: { type: 'CorrectOrganisation', data },
      metadata,
      expectedRevision,
    });
  }
}
