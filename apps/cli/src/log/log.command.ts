import { Command } from 'commander';
import { exportLog, importLog } from '@chancery/archive';
import {
  createEventStore,
  eventStoreConfigFromEnv,
  type EventStore,
  type EventStoreConfig,
} from '@chancery/event-store';
import { consoleIo, counted, reportingRefusals, type ArchiveCliIo } from '../backup/archive-cli-io';

/** `chancery log export FILE` and `chancery log import FILE`, on the store DATA_DIR / EVENTSTORE_URL name. */
export function registerLogCommands(program: Command, io: ArchiveCliIo = consoleIo): Command {
  const log = program
    .command('log')
    .description(
      'Move the whole event log between stores as JSON Lines (embedded SQLite ⇄ KurrentDB)',
    );
  log
    .command('export <file>')
    .description(
      'Write the whole log (as far as it reached when the export began) to a new JSON Lines file, hash chains included',
    )
    .action((file: string) =>
      reportingRefusals(io, () =>
        withStore(async (store, config) => {
          const progress = (events: number) => io.print(`  exported ${events} events`);
          const survey = await exportLog({
            store,
            file,
            from: describe(config),
            now: () => new Date(),
            onProgress: progress,
          });
          io.print(
            `Exported ${counted(survey.events, 'event')} in ${counted(Object.keys(survey.heads).length, 'stream')} from ${describe(config)} to ${file}.`,
          );
          for (const b of survey.breaks)
            io.print(
              `BROKEN CHAIN: stream ${b.streamId} revision ${b.revision} event ${b.eventId}: ${b.reason}: ${b.detail}`,
            );
          if (survey.breaks.length) {
            io.print(
              'The log exported does not verify: an import will refuse this file. Run `chancery audit verify`.',
            );
            io.exit(1);
          }
        }),
      ),
    );
  log
    .command('import <file>')
    .description(
      'Check a log file end to end, then append it to an empty store in its order; every hash chain is checked again in the new store',
    )
    .action((file: string) =>
      reportingRefusals(io, () =>
        withStore(async (store, config) => {
          io.print(`Checking ${file}, then importing it into ${describe(config)} …`);
          const survey = await importLog({
            store,
            file,
            inFlight: config.eventStoreUrl ? 1 : EMBEDDED_IN_FLIGHT,
            onProgress: (events) => io.print(`  imported ${events} events`),
          });
          io.print(
            `Imported ${counted(survey.events, 'event')} in ${counted(Object.keys(survey.heads).length, 'stream')} into ${describe(config)}: every hash chain verifies there.`,
          );
        }),
      ),
    );
  return log;
}

/**
 * The embedded store commits appends in the order they were made, so many may wait at once and
 * share a commit; a KurrentDB server promises no order between concurrent appends, so one at a time.
 */
const EMBEDDED_IN_FLIGHT = 512;

const describe = (config: EventStoreConfig) =>
  config.eventStoreUrl ? 'KurrentDB' : `the embedded store in ${config.dataDir}`;

async function withStore(
  run: (store: EventStore, config: EventStoreConfig) => Promise<void>,
): Promise<void> {
  const config = eventStoreConfigFromEnv();
  const store = createEventStore(config);
  try {
    await run(store, config);
  } finally {
    await store.close();
  }
}
