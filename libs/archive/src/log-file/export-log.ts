import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { EventStore } from '@chancery/event-store';
import { ArchiveRefusedError } from '../errors';
import { LogSurveyor, type LogSurvey } from '../log-survey';
import { envelopeOf, header, type LogTrailer } from './log-lines';

export type ExportOptions = {
  store: EventStore;
  file: string;
  /** Which store the log comes from, for the header (`sqlite …`, `kurrentdb …`). */
  from: string;
  now: () => Date;
  onProgress?: (events: number) => void;
};

const PROGRESS_EVERY = 10_000;

/**
 * Writes the whole log, as far as it reached when the export began, to `file` as JSON Lines:
 * a header, one envelope a line in log order, and a closing line with the counts. Written beside
 * `file` and renamed into place, so a file of that name is always a complete export.
 */
export async function exportLog(options: ExportOptions): Promise<LogSurvey> {
  const { store, file } = options;
  if (existsSync(file))
    throw new ArchiveRefusedError('export refused', [
      `${file} already exists: export into a new file`,
    ]);
  const until = await store.headPosition();
  const partial = `${file}.partial`;
  const out = createWriteStream(partial, { flags: 'wx' });
  const write = async (value: object) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  const surveyor = new LogSurveyor();
  try {
    await write(header(options.now(), options.from));
    if (until !== null) {
      for await (const event of store.readAll()) {
        if (event.position > until) break;
        surveyor.add(event);
        await write(envelopeOf(event));
        if (surveyor.survey.events % PROGRESS_EVERY === 0)
          options.onProgress?.(surveyor.survey.events);
      }
    }
    const { events, heads, lastPosition } = surveyor.survey;
    const trailer: LogTrailer = {
      end: 'chancery-log',
      events,
      streams: Object.keys(heads).length,
      lastPosition,
    };
    await write(trailer);
    out.end();
    await finished(out);
    await rename(partial, file);
    return surveyor.survey;
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
