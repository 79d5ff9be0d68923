import type { CorrectMeeting } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class CorrectMeetingCommand {
  constructor(
    readonly input: CorrectMeeting['data'],
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
