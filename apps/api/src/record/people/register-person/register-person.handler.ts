import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { personDecider, personStream, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, ReferenceChecker, type CommandResult } from '@chancery/event-sourcing';
import { RegisterPersonCommand } from './register-person.command';

@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<
  RegisterPersonCommand,
  CommandResult<unknown>
> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceChecker,
  ) {}

  async execute({ input, metadata }: RegisterPersonCommand): Promise<CommandResult<unknown>> {
    await this.references.requireExisting(
      input.sourceIds.map((id, i) => ({ field: `sourceIds[${i}]`, streamId: sourceStream(id) })),
      metadata,
    );
    return this.executor.create({
      id: input.personId,
      streamId: personStream(input.personId),
      decider: personDecider,
      command: { type: 'RegisterPerson', data: input },
      metadata,
    });
  }
}
