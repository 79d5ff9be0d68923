import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StartupRefused } from './settings';

/** The file whose lock marks a DATA_DIR as served; the CLI never opens it, so it runs beside. */
export const API_LOCK_FILE = 'api.lock';

/** Held for the server's lifetime; released by `release()` or by the process ending, however. */
export interface DataDirLock {
  release(): void;
}

/**
 * Claims DATA_DIR for this API before anything else touches it. The lock is SQLite's own
 * exclusive file lock, taken once and kept (locking_mode EXCLUSIVE): the kernel drops it when
 * the process dies, even on SIGKILL, so unlike a pid file a crash leaves nothing to clean up.
 * It also proves DATA_DIR writable, since taking it writes the lock file.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  let db: Database.Database | undefined;
  try {
    if (!isDirectory(dir)) mkdirSync(dir, { recursive: true });
    db = new Database(join(dir, API_LOCK_FILE), { timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    db.exec('CREATE TABLE IF NOT EXISTS served_by (pid INTEGER NOT NULL)');
    db.prepare('DELETE FROM served_by').run();
    db.prepare('INSERT INTO served_by (pid) VALUES (?)').run(process.pid);
  } catch (error) {
    db?.close();
    throw refusal(dir, error);
  }
  const held = db;
  return { release: () => held.open && held.close() };
}

function isDirectory(dir: string): boolean {
  try {
    const stats = statSync(dir);
    if (!stats.isDirectory())
      throw new StartupRefused(`DATA_DIR=${dir} is a file, not a directory`);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function refusal(dir: string, error: unknown): Error {
  if (error instanceof StartupRefused) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new StartupRefused(
      `DATA_DIR=${dir} is in use by another Chancery API: stop that one first, or give this one its own DATA_DIR (the CLI may run beside a server)`,
    );
  const reason = error instanceof Error ? error.message : String(error);
  return new StartupRefused(
    `DATA_DIR=${dir} is not writable (${reason}): choose a directory this user can write, or fix its permissions`,
  );
}
