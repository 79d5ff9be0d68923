import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ChainBreak } from '@chancery/common';
import {
  backupSqliteFile,
  createEventStore,
  type BackupProgress,
  type EventStoreConfig,
} from '@chancery/event-store';
import { ArchiveRefusedError } from '../errors';
import { surveyLog } from '../log-survey';
import {
  describeFile,
  EVENTS_FILE,
  manifestOf,
  writeManifest,
  type BackupManifest,
} from './backup-manifest';
import { isEmptyOrAbsent } from './empty-dir';

export type BackupOptions = {
  config: EventStoreConfig;
  destination: string;
  now: () => Date;
  onProgress?: (progress: BackupProgress) => void;
  pagesPerStep?: number;
};

/** The manifest written, and any broken links found in the copy (a restore will refuse it). */
export type BackupOutcome = { manifest: BackupManifest; breaks: ChainBreak[] };

/**
 * An online backup of the embedded event store into an empty `destination`: the SQLite file
 * copied from one snapshot while the API writes, then surveyed (count, positions, every stream's
 * chain head) and checksummed into `manifest.json`. Read models are rebuilt from the log, so they
 * are left out.
 */
export async function backupEventStore(options: BackupOptions): Promise<BackupOutcome> {
  const { config, destination } = options;
  const source = join(config.dataDir, EVENTS_FILE);
  if (config.eventStoreUrl)
    throw new ArchiveRefusedError('backup refused', [
      "the event store is KurrentDB (EVENTSTORE_URL is set): back it up with KurrentDB's own backup tools, or copy the whole log with `chancery log export`",
    ]);
  if (!existsSync(source))
    throw new ArchiveRefusedError('backup refused', [
      `there is no embedded event store at ${source} (check DATA_DIR)`,
    ]);
  if (!(await isEmptyOrAbsent(destination)))
    throw new ArchiveRefusedError('backup refused', [
      `${destination} is not empty: back up into a new or empty directory`,
    ]);

  await mkdir(destination, { recursive: true });
  await backupSqliteFile(source, join(destination, EVENTS_FILE), {
    onProgress: options.onProgress,
    pagesPerStep: options.pagesPerStep,
  });
  const copy = createEventStore({ dataDir: destination });
  let survey;
  try {
    survey = await surveyLog(copy.readAll());
  } finally {
    await copy.close();
  }
  const files = [await describeFile(destination, EVENTS_FILE)];
  const manifest = manifestOf(resolve(config.dataDir), options.now(), survey, files);
  await writeManifest(destination, manifest);
  return { manifest, breaks: survey.breaks };
}
