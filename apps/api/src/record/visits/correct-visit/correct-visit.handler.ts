import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  countryStream,
  partyStream,
  personStream,
  sourceStream,
  visitDecider,
  visitStream,
  type CorrectVisit,
} from '@chancery/diplomacy';
import {
  CommandExecutor,
  ReferenceChecker,
  type CommandResult,
  type Reference,
} from '@chancery/event-sourcing';
import { CorrectVisitCommand } from './correct-visit.command';

/** The records a correction names, each checked as the recording checks it. */
function correctedReferences({
  delegation,
  hostCountry,
  sourceIds,
}: CorrectVisit['data']['changes']) {
  const references: Reference[] = [];
  if (delegation) {
    references.push(
      { field: 'changes.delegation.sentBy', streamId: partyStream(delegation.sentBy) },
      ...(delegation.headId
        ? [{ field: 'changes.delegation.headId', streamId: personStream(delegation.headId) }]
        : []),
      ...delegation.memberIds.map((id, i) => ({
        field: `changes.delegation.memberIds[${i}]`,
        streamId: personStream(id),
      })),
    );
  }
  if (hostCountry)
    references.push({ field: 'changes.hostCountry', streamId: countryStream(hostCountry) });
  (sourceIds ?? []).forEach((id, i) =>
    references.push({ field: `changes.sourceIds[${i}]`, streamId: sourceStream(id) }),
  );
  return references;
}

@CommandHandler(CorrectVisitCommand)
export class CorrectVisitHandler implements ICommandHandler<
  CorrectVisitCommand,
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
  }: CorrectVisitCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(correctedReferences(input.changes), metadata);
    return this.executor.change({
      id: input.visitId,
      streamId: visitStream(input.visitId),
      decider: visitDecider,
      command: { type: 'CorrectVisit', data: input },
      metadata,
      expectedRevision,
    });
  }
}
