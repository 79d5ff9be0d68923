import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChainHead, LogSurvey } from '../log-survey';

/** The embedded store's file in DATA_DIR, as `createEventStore` names it; a backup holds only it. */
export const EVENTS_FILE = 'events.sqlite';
export const MANIFEST_FILE = 'manifest.json';

export type BackedUpFile = { name: string; bytes: number; sha256: string };

export type BackupManifest = {
  format: 'chancery-backup';
  version: 1;
  createdAt: string;
  /** The DATA_DIR backed up. */
  source: string;
  log: {
    events: number;
    firstPosition: number | null;
    lastPosition: number | null;
    streams: number;
  };
  /** Every stream's last revision and hash: what a restore must find again. */
  heads: Record<string, ChainHead>;
  files: BackedUpFile[];
};

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeFile(dir: string, name: string): Promise<BackedUpFile> {
  const path = join(dir, name);
  return { name, bytes: (await stat(path)).size, sha256: await sha256File(path) };
}

export function manifestOf(
  source: string,
  createdAt: Date,
  survey: LogSurvey,
  files: BackedUpFile[],
): BackupManifest {
  const { events, firstPosition, lastPosition, heads } = survey;
  const streams = Object.keys(heads).length;
  return {
    format: 'chancery-backup',
    version: 1,
    createdAt: createdAt.toISOString(),
    source,
    log: { events, firstPosition, lastPosition, streams },
    heads,
    files,
  };
}

/** Written last and renamed into place: a backup with a manifest is a finished one. */
export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  const temporary = join(dir, `.${MANIFEST_FILE}.partial`);
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(temporary, join(dir, MANIFEST_FILE));
}

/** The manifest, or the reasons it cannot be used. */
export async function readManifest(dir: string): Promise<BackupManifest | string[]> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return [`${join(dir, MANIFEST_FILE)} is missing: not a finished Chancery backup`];
  }
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(text) as Partial<BackupManifest>;
  } catch (error) {
    return [`${MANIFEST_FILE} is not JSON (${(error as Error).message})`];
  }
  if (manifest.format !== 'chancery-backup' || manifest.version !== 1)
    return [`${MANIFEST_FILE} is not a version 1 Chancery backup manifest`];
  if (!manifest.log || !manifest.heads || !Array.isArray(manifest.files))
    return [`${MANIFEST_FILE} lacks its log, heads or files`];
  if (!manifest.files.some((f) => f.name === EVENTS_FILE))
    return [`${MANIFEST_FILE} lists no ${EVENTS_FILE}`];
  return manifest as BackupManifest;
}

/** The survey the manifest promises, to compare with what the restored copy holds. */
export function expectedSurvey(manifest: BackupManifest): LogSurvey {
  const { events, firstPosition, lastPosition } = manifest.log;
  return { events, firstPosition, lastPosition, heads: manifest.heads, breaks: [] };
}
