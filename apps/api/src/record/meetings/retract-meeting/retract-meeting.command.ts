import type { CommandMetadata } from '@chancery/event-sourcing';

export class RetractMeetingCommand {
  constructor(
    readonly meetingId: string,
    readonly reason: string,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
