import { copyFile, mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createEventStore, type EventStoreConfig } from '@chancery/event-store';
import { ArchiveRefusedError } from '../errors';
import { surveyDifferences, surveyLog } from '../log-survey';
import {
  EVENTS_FILE,
  expectedSurvey,
  readManifest,
  sha256File,
  type BackupManifest,
} from './backup-manifest';
import { isEmptyOrAbsent } from './empty-dir';

const STAGING = '.restoring';

/**
 * Restores a backup into an empty DATA_DIR. The file is copied into a staging folder there,
 * checked against the manifest (checksum, then every stream's hash chain, event count and chain
 * heads), and only then moved into place: a backup that does not verify leaves DATA_DIR as it was.
 */
export async function restoreEventStore(options: {
  config: EventStoreConfig;
  source: string;
}): Promise<BackupManifest> {
  const { config, source } = options;
  const refuse = (reasons: string[]) =>
    new ArchiveRefusedError(`restore refused: ${source}`, reasons);
  if (config.eventStoreUrl)
    throw refuse([
      'EVENTSTORE_URL is set: a backup restores the embedded store; to fill a KurrentDB store use `chancery log import`',
    ]);
  if (!(await isEmptyOrAbsent(config.dataDir)))
    throw refuse([
      `DATA_DIR ${config.dataDir} is not empty: restore into a new or empty directory`,
    ]);
  const manifest = await readManifest(source);
  if (Array.isArray(manifest)) throw refuse(manifest);

  const staging = join(config.dataDir, STAGING);
  await mkdir(staging, { recursive: true });
  try {
    const file = manifest.files.find((f) => f.name === EVENTS_FILE)!;
    await copyFile(join(source, EVENTS_FILE), join(staging, EVENTS_FILE)).catch((error: Error) => {
      throw refuse([`${EVENTS_FILE} cannot be read: ${error.message}`]);
    });
    const sha256 = await sha256File(join(staging, EVENTS_FILE));
    if (sha256 !== file.sha256)
      throw refuse([`${EVENTS_FILE} has checksum ${sha256}, the manifest says ${file.sha256}`]);

    const copy = createEventStore({ dataDir: staging });
    const survey = await surveyLog(copy.readAll()).finally(() => copy.close());
    const broken = survey.breaks.map(
      (b) =>
        `broken chain in stream ${b.streamId} at revision ${b.revision} (event ${b.eventId}): ${b.reason}: ${b.detail}`,
    );
    const reasons = [...broken, ...surveyDifferences(expectedSurvey(manifest), survey)];
    if (reasons.length) throw refuse(reasons);

    await rename(join(staging, EVENTS_FILE), join(config.dataDir, EVENTS_FILE));
    await rmdir(staging);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
