import { Injectable } from '@nestjs/common';
import { draftDecider, draftStream, type DraftCommand, type DraftState } from '@chancery/diplomacy';
import {
  CommandExecutor,
  type CommandMetadata,
  type CommandResult,
} from '@chancery/event-sourcing';

/** The draft's commands, each through the one command path every record takes. */
@Injectable()
export class DraftCommands {
  constructor(private readonly executor: CommandExecutor) {}

  propose(command: DraftCommand, metadata: CommandMetadata): Promise<CommandResult<DraftState>> {
    const id = command.data.draftId;
    return this.executor.create({
      id,
      streamId: draftStream(id),
      decider: draftDecider,
      command,
      metadata,
    });
  }

  change(
    command: DraftCommand,
    metadata: CommandMetadata,
    expectedRevision: number | null,
  ): Promise<CommandResult<DraftState>> {
    const id = command.data.draftId;
    const run = { id, streamId: draftStream(id), decider: draftDecider, command, metadata };
    return expectedRevision === null
      ? this.executor.execute(run)
      : this.executor.change({ ...run, expectedRevision });
  }
}
