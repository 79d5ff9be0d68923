import { Command } from 'commander';
import { backupEventStore, EVENTS_FILE, MANIFEST_FILE, restoreEventStore } from '@chancery/archive';
import { eventStoreConfigFromEnv, type BackupProgress } from '@chancery/event-store';
import { consoleIo, counted, reportingRefusals, type ArchiveCliIo } from './archive-cli-io';

/** `chancery backup DEST` and `chancery restore SRC`, on the embedded store of DATA_DIR. */
export function registerBackupCommands(program: Command, io: ArchiveCliIo = consoleIo): void {
  program
    .command('backup <dest>')
    .description(
      'Copy the embedded event store into an empty directory while the API runs, with a manifest (positions, event count, chain heads, checksums); read models are rebuilt, not backed up',
    )
    .action((dest: string) =>
      reportingRefusals(io, async () => {
        const config = eventStoreConfigFromEnv();
        io.print(`Backing up ${config.dataDir}/${EVENTS_FILE} into ${dest} …`);
        const { manifest, breaks } = await backupEventStore({
          config,
          destination: dest,
          now: () => new Date(),
          onProgress: progressPrinter(io),
        });
        const { events, firstPosition, lastPosition, streams } = manifest.log;
        for (const file of manifest.files)
          io.print(`Wrote ${dest}/${file.name}: ${file.bytes} bytes, sha256 ${file.sha256}`);
        io.print(
          `Wrote ${dest}/${MANIFEST_FILE}: ${counted(events, 'event')} in ${counted(streams, 'stream')}, positions ${firstPosition ?? '–'} to ${lastPosition ?? '–'}.`,
        );
        for (const b of breaks)
          io.print(
            `BROKEN CHAIN: stream ${b.streamId} revision ${b.revision} event ${b.eventId}: ${b.reason}: ${b.detail}`,
          );
        if (breaks.length) {
          io.print(
            'The store backed up does not verify: a restore will refuse this backup. Run `chancery audit verify`.',
          );
          io.exit(1);
        }
      }),
    );

  program
    .command('restore <src>')
    .description(
      'Restore a backup into an empty DATA_DIR after checking its checksums and every hash chain; the API rebuilds the read models when it starts',
    )
    .action((src: string) =>
      reportingRefusals(io, async () => {
        const config = eventStoreConfigFromEnv();
        const manifest = await restoreEventStore({ config, source: src });
        const { events, streams, lastPosition } = manifest.log;
        io.print(
          `Restored ${counted(events, 'event')} in ${counted(streams, 'stream')} (up to position ${lastPosition ?? '–'}, backed up ${manifest.createdAt}) into ${config.dataDir}: checksum and every hash chain verified.`,
        );
        io.print('Start the API on this DATA_DIR: it rebuilds the read models from the log.');
      }),
    );
}

/** One line each tenth of the way: nothing for a store small enough to copy in one step. */
function progressPrinter(io: ArchiveCliIo) {
  let shown = 0;
  return ({ totalPages, remainingPages }: BackupProgress) => {
    const tenths = Math.floor(((totalPages - remainingPages) / totalPages) * 10);
    if (tenths <= shown) return;
    shown = tenths;
    io.print(`  copied ${totalPages - remainingPages} of ${totalPages} pages (${tenths * 10}%)`);
  };
}
