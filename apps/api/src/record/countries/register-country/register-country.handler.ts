import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { countryDecider, countryStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandResult } from '@chancery/event-sourcing';
import { RegisterCountryCommand } from './register-country.command';

@CommandHandler(RegisterCountryCommand)
export class RegisterCountryHandler implements ICommandHandler<
  RegisterCountryCommand,
  CommandResult<unknown>
> {
  constructor(private readonly executor: CommandExecutor) {}

  execute({ input, metadata }: RegisterCountryCommand): Promise<CommandResult<unknown>> {
    const code = input.code.toUpperCase();
    return this.executor.create({
      id: code,
      streamId: countryStream(code),
      decider: countryDecider,
      command: { type: 'RegisterCountry', data: { ...input, code } },
      metadata,
    });
  }
}
