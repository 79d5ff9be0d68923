import type { RegisterSource } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RegisterSourceCommand {
  constructor(
    readonly input: RegisterSource['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
