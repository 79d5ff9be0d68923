import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import {
  backupEventStore,
  EVENTS_FILE,
  MANIFEST_FILE,
  sha256File,
  type BackupManifest,
} from '@chancery/archive';
import { createEventStore, type BackupProgress } from '@chancery/event-store';
import { registerBackupCommands } from '../../apps/cli/src/backup/backup.command';
import { chainedLog, readLog, type ChainedLog } from './chained-log';

describe('chancery backup and restore (embedded store)', () => {
  let f: ChainedLog;
  let scratch: string;
  let writing = false;
  const dir = (name: string) => join(scratch, name);
  const note = (i: number) => f.note(i);

  async function chancery(...args: string[]) {
    const lines: string[] = [];
    let code = 0;
    const program = new Command('chancery').exitOverride();
    registerBackupCommands(program, { print: (line) => lines.push(line), exit: (c) => (code = c) });
    await program.parseAsync(['node', 'chancery', ...args]);
    return { code, output: lines.join('\n') };
  }

  const manifestIn = (backup: string) =>
    JSON.parse(readFileSync(join(backup, MANIFEST_FILE), 'utf8')) as BackupManifest;

  beforeEach(async () => {
    f = chainedLog();
    scratch = mkdtempSync(join(tmpdir(), 'chancery-backup-'));
    for (let i = 0; i < 60; i++) await note(i);
    process.env.DATA_DIR = f.dataDir;
    delete process.env.EVENTSTORE_URL;
  });
  afterEach(async () => {
    writing = false;
    await f.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('copies one snapshot while writes go on: a prefix of the log holding every write acknowledged before it began, described by its manifest', async () => {
    const headBefore = (await f.store.headPosition())!;
    writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) await note(1000 + written++);
    })();
    const progress: BackupProgress[] = [];
    const { manifest, breaks } = await backupEventStore({
      config: { dataDir: f.dataDir },
      destination: dir('b1'),
      now: () => new Date('2026-12-02T01:00:00Z'),
      onProgress: (p) => progress.push(p),
      pagesPerStep: 1,
    });
    writing = false;
    await writer;

    expect(breaks).toEqual([]);
    expect(progress.length).toBeGreaterThan(1);
    expect(
      progress.every((p, i) => i === 0 || p.remainingPages < progress[i - 1].remainingPages),
    ).toBe(true);
    expect(manifest.log.lastPosition).toBeGreaterThanOrEqual(headBefore);

    const original = await readLog(f.store);
    const copy = createEventStore({ dataDir: dir('b1') });
    const copied = await readLog(copy).finally(() => copy.close());
    // Writes committed while the backup ran are in the store but not in the copy.
    expect(original.length).toBeGreaterThan(copied.length);
    expect(copied).toEqual(original.filter((e) => e.position <= manifest.log.lastPosition!));
    expect(manifest.log.events).toBe(copied.length);
    expect(manifest.log.streams).toBe(7);
    for (const stream of Object.keys(manifest.heads)) {
      const last = copied.filter((e) => e.streamId === stream).at(-1)!;
      expect(manifest.heads[stream]).toEqual({ revision: last.revision, hash: last.metadata.hash });
    }
    expect(manifest.files).toEqual([
      {
        name: EVENTS_FILE,
        bytes: expect.any(Number),
        sha256: await sha256File(join(dir('b1'), EVENTS_FILE)),
      },
    ]);
    expect(readdirSync(dir('b1')).sort()).toEqual([EVENTS_FILE, MANIFEST_FILE]);
  });

  it('restores a backup into an empty DATA_DIR with the same log, and says what it did', async () => {
    const backup = await chancery('backup', dir('b2'));
    expect(backup.code).toBe(0);
    expect(backup.output).toContain(`Wrote ${dir('b2')}/${MANIFEST_FILE}: 60 events in 7 streams`);

    process.env.DATA_DIR = dir('restored');
    const restore = await chancery('restore', dir('b2'));
    expect(restore).toEqual({
      code: 0,
      output: expect.stringContaining('Restored 60 events in 7 streams'),
    });
    const restored = createEventStore({ dataDir: dir('restored') });
    expect(await readLog(restored).finally(() => restored.close())).toEqual(await readLog(f.store));
    expect(readdirSync(dir('restored'))).toEqual([EVENTS_FILE]);
  });

  it('prints its progress for a store too large to copy in one step', async () => {
    // About 8,000 events of 600 bytes: over the 1,000 pages (4 MB) the CLI copies a step.
    await Promise.all(Array.from({ length: 8000 }, (_, i) => note(100 + i)));
    const backup = await chancery('backup', dir('big'));
    expect(backup.code).toBe(0);
    const steps = [...backup.output.matchAll(/copied (\d+) of (\d+) pages \((\d+)%\)/g)].map((m) =>
      Number(m[3]),
    );
    expect(steps.length).toBeGreaterThan(1);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(backup.output).toContain('8060 events in 7 streams');
  });

  it('refuses to back up a KurrentDB store or into a directory that is not empty', async () => {
    process.env.EVENTSTORE_URL = 'kurrentdb://127.0.0.1:2113?tls=false';
    const kurrent = await chancery('backup', dir('b3'));
    delete process.env.EVENTSTORE_URL;
    expect(kurrent.code).toBe(1);
    expect(kurrent.output).toContain(
      "the event store is KurrentDB (EVENTSTORE_URL is set): back it up with KurrentDB's own backup tools",
    );

    mkdirSync(dir('b4'));
    writeFileSync(join(dir('b4'), 'notes.txt'), 'keep me');
    const occupied = await chancery('backup', dir('b4'));
    expect(occupied.code).toBe(1);
    expect(occupied.output).toContain(`${dir('b4')} is not empty`);
    expect(readdirSync(dir('b4'))).toEqual(['notes.txt']);
  });

  describe('refuses a backup that does not verify, writing nothing into DATA_DIR', () => {
    let backup: string;
    const restoreInto = async (target: string) => {
      process.env.DATA_DIR = target;
      const outcome = await chancery('restore', backup);
      expect(outcome.code).toBe(1);
      expect(readdirSync(target)).toEqual([]);
      return outcome.output;
    };
    /** Edits the copied store behind the manifest's back, then gives the manifest the new checksum. */
    const tamper = async (sql: string, ...params: unknown[]) => {
      const db = new Database(join(backup, EVENTS_FILE));
      db.prepare(sql).run(...params);
      db.close();
      const manifest = manifestIn(backup);
      manifest.files[0].sha256 = await sha256File(join(backup, EVENTS_FILE));
      writeFileSync(join(backup, MANIFEST_FILE), JSON.stringify(manifest));
    };

    beforeEach(async () => {
      backup = dir('b5');
      expect((await chancery('backup', backup)).code).toBe(0);
      mkdirSync(dir('target'));
    });

    it('whose file does not match its checksum', async () => {
      const file = join(backup, EVENTS_FILE);
      const bytes = readFileSync(file);
      bytes[bytes.length - 100] ^= 0xff;
      writeFileSync(file, bytes);
      expect(await restoreInto(dir('target'))).toMatch(
        /events\.sqlite has checksum [0-9a-f]{64}, the manifest says [0-9a-f]{64}/,
      );
    });

    it('whose hash chain is broken, naming the stream and revision', async () => {
      await tamper(
        `UPDATE events SET data = json_set(data, '$.n', 99) WHERE stream_id = 'note-3' AND revision = 2`,
      );
      expect(await restoreInto(dir('target'))).toContain(
        'broken chain in stream note-3 at revision 2',
      );
    });

    it('that has lost the last events of a stream its manifest lists', async () => {
      await tamper(`DELETE FROM events WHERE stream_id = 'note-4' AND revision >= 7`);
      const output = await restoreInto(dir('target'));
      expect(output).toContain('59 events where 60 were expected');
      expect(output).toMatch(
        /stream note-4 ends at revision 6 .* where revision 7 .* was expected/,
      );
    });

    it('with no manifest, or into a DATA_DIR that is not empty', async () => {
      rmSync(join(backup, MANIFEST_FILE));
      expect(await restoreInto(dir('target'))).toContain(
        'manifest.json is missing: not a finished Chancery backup',
      );

      process.env.DATA_DIR = f.dataDir;
      const occupied = await chancery('restore', dir('b5'));
      expect(occupied.code).toBe(1);
      expect(occupied.output).toContain(`DATA_DIR ${f.dataDir} is not empty`);
    });
  });
});
