import type { CommandBus, ICommand } from '@nestjs/cqrs';
import { inSpan } from './tracing';

/**
 * While tracing, each command becomes a span between the HTTP request's and the append's.
 * @nestjs/cqrs has no middleware, so the bus's execute is wrapped, once, at start-up; when
 * tracing is off nothing is wrapped.
 */
export function traceCommands(bus: CommandBus): void {
  const execute = bus.execute.bind(bus) as (command: ICommand) => Promise<unknown>;
  bus.execute = ((command: ICommand) => {
    return inSpan(`command ${command.constructor.name.replace(/Command$/, '')}`, {}, () =>
      execute(command),
    );
  }) as CommandBus['execute'];
}
