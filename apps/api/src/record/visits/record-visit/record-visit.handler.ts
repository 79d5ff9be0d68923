import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  countryStream,
  partyStream,
  personStream,
  sourceStream,
  visitDecider,
  visitStream,
} from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { RecordVisitCommand } from './record-visit.command';

@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<
  RecordVisitCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({ input, metadata }: RecordVisitCommand): Promise<CommandResult<unknown>> {
    const { delegation } = input;
    await this.references.requireExisting(
      [
        { field: 'delegation.sentBy', streamId: partyStream(delegation.sentBy) },
        ...(delegation.headId
          ? [{ field: 'delegation.headId', streamId: personStream(delegation.headId) }]
          : []),
        ...delegation.memberIds.map((id, i) => ({
          field: `delegation.memberIds[${i}]`,
          streamId: personStream(id),
        })),
        { field: 'hostCountry', streamId: countryStream(input.hostCountry) },
        ...input.sourceIds.map((id, i) => ({
          field: `sourceIds[${i}]`,
          streamId: sourceStream(id),
        })),
      ],
      metadata,
    );
    return this.executor.create({
      id: input.visitId,
      streamId: visitStream(input.visitId),
      decider: visitDecider,
      command: { type: 'RecordVisit', data: input },
      metadata,
    });
  }
}
