import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { sourceDecider, sourceStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RegisterSourceCommand } from './register-source.command';

@CommandHandler(RegisterSourceCommand)
export class RegisterSourceHandler implements ICommandHandler<
  RegisterSourceCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, metadata }: RegisterSourceCommand): Promise<CommandResult<unknown>> {
    return this.executor.create({
      id: input.sourceId,
      streamId: sourceStream(input.sourceId),
      decider: sourceDecider,
      command: { type: 'RegisterSource', data: input },
      metadata,
    });
  }
}
