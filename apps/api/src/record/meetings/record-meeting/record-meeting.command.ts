import type { RecordMeeting } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

export class RecordMeetingCommand {
  constructor(
    readonly input: RecordMeeting['data'],
    readonly metadata: CommandMetadata,
  ) {}
}
