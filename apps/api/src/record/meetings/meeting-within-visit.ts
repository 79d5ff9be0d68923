import {
  DomainError,
  surelyBefore,
  meetingDecider,
  meetingStream,
  visitDecider,
  visitStream,
} from '@chancery/diplomacy';
import {
  classificationOfStream,
  isVisibleTo,
  type CommandMetadata,
  type LoadedStream,
  type StreamReader,
} from '@chancery/event-sourcing';

type Actor = Pick<CommandMetadata, 'clearance'>;

/** Seen by the acting user: a record above their clearance is left to the checks that hide it. */
const seen = (loaded: LoadedStream<{ status: string }>, actor: Actor) =>
  loaded.state.status !== 'empty' &&
  isVisibleTo(actor, classificationOfStream(loaded.streamId, loaded.events));

/**
 * A meeting that took place during a visit is dated within the visit's span: 422
 * `MEETING.OUTSIDE_VISIT` when it is *surely* outside (`surelyBefore`), never when a partial or
 * unstated date may be right ("2018-01" is not outside a visit of 20 January). A visit not on
 * record is left to the reference check.
 */
export async function requireWithinVisit(
  reader: StreamReader,
  actor: Actor,
  date: string | null | undefined,
  visitId: string | null | undefined,
): Promise<void> {
  if (!visitId || !date) return;
  const visit = await reader.load(visitStream(visitId), visitDecider);
  if (!seen(visit, actor) || visit.state.status === 'empty') return;
  const { startDate, endDate } = visit.state.record;
  const early = startDate !== null && surelyBefore(date, startDate);
  const late = endDate !== null && surelyBefore(endDate, date);
  if (early || late)
    throw new DomainError(
      'MEETING.OUTSIDE_VISIT',
      `date ${date} is outside the span of the visit ${visitId} (${startDate ?? 'start not stated'} to ${endDate ?? 'end not stated'})`,
      { field: 'date', visitId },
    );
}

/** The same rule for a correction: the meeting's date and visit as they would stand after it. */
export async function requireCorrectedWithinVisit(
  reader: StreamReader,
  actor: Actor,
  meetingId: string,
  changes: { date?: string | null; visitId?: string | null },
): Promise<void> {
  if (changes.date === undefined && changes.visitId === undefined) return;
  const meeting = await reader.load(meetingStream(meetingId), meetingDecider);
  if (!seen(meeting, actor) || meeting.state.status === 'empty') return;
  const date = changes.date !== undefined ? changes.date : meeting.state.record.date;
  const visitId = changes.visitId !== undefined ? changes.visitId : meeting.state.record.visitId;
  await requireWithinVisit(reader, actor, date, visitId);
}
