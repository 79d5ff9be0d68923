import type { FollowUpCommand } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';

/** A step in the life of a follow-up already assigned: reassigned, rescheduled, completed, cancelled. */
export type FollowUpStep = Exclude<FollowUpCommand, { type: 'AssignFollowUp' | 'CorrectFollowUp' }>;

export class FollowUpStepCommand {
  constructor(
    readonly step: FollowUpStep,
    readonly expectedRevision: number,
    readonly metadata: CommandMetadata,
  ) {}
}
