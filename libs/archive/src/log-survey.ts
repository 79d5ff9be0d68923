import { ChainChecker, type ChainBreak } from '@chancery/common';
import type { RecordedEvent } from '@chancery/event-store';

/** The last link of a stream's hash chain. */
export type ChainHead = { revision: number; hash: string };

export type LogSurvey = {
  events: number;
  /** Positions of the first and last events (null when the log is empty). */
  firstPosition: number | null;
  lastPosition: number | null;
  heads: Record<string, ChainHead>;
  breaks: ChainBreak[];
};

/**
 * Walks a log once, checking every stream's chain with the audit recipe and keeping each
 * stream's head: what a backup manifest records and what a restore or an import compares.
 */
export class LogSurveyor {
  private readonly checker = new ChainChecker();
  readonly survey: LogSurvey = {
    events: 0,
    firstPosition: null,
    lastPosition: null,
    heads: {},
    breaks: [],
  };

  /** Null when the event links correctly. */
  add(event: RecordedEvent): ChainBreak | null {
    const s = this.survey;
    s.events++;
    s.firstPosition ??= event.position;
    s.lastPosition = event.position;
    const hash = event.metadata.hash;
    s.heads[event.streamId] = {
      revision: event.revision,
      hash: typeof hash === 'string' ? hash : '',
    };
    const broken = this.checker.check(event);
    if (broken) s.breaks.push(broken);
    return broken;
  }
}

export async function surveyLog(events: AsyncIterable<RecordedEvent>): Promise<LogSurvey> {
  const surveyor = new LogSurveyor();
  for await (const event of events) surveyor.add(event);
  return surveyor.survey;
}

/** What differs between two surveys' counts and chain heads, in words (empty when they agree). */
export function surveyDifferences(expected: LogSurvey, actual: LogSurvey): string[] {
  const found: string[] = [];
  if (expected.events !== actual.events)
    found.push(`${actual.events} events where ${expected.events} were expected`);
  if (expected.lastPosition !== actual.lastPosition)
    found.push(
      `the log ends at position ${actual.lastPosition} where ${expected.lastPosition} was expected`,
    );
  const streams = new Set([...Object.keys(expected.heads), ...Object.keys(actual.heads)]);
  for (const stream of [...streams].sort()) {
    const [want, got] = [expected.heads[stream], actual.heads[stream]];
    if (!got) found.push(`stream ${stream} is missing`);
    else if (!want) found.push(`stream ${stream} was not expected`);
    else if (want.revision !== got.revision || want.hash !== got.hash)
      found.push(
        `stream ${stream} ends at revision ${got.revision} (${got.hash.slice(0, 12)}…) where revision ${want.revision} (${want.hash.slice(0, 12)}…) was expected`,
      );
  }
  return found;
}
