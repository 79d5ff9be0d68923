import 'reflect-metadata';
import { checkConfiguration } from './ops/config-check';
import { lockDataDir, type DataDirLock } from './ops/data-dir-lock';
import { createLogger, flushLog } from './ops/logger';
import { checkPortFree } from './ops/port-check';
import { StartupRefused } from './ops/settings';

const logger = createLogger();

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.PORT ?? 3000);
  const host = env.HOST ?? '0.0.0.0';
  const dataDir = env.DATA_DIR || './data';
  let lock: DataDirLock;
  try {
    // Nothing is written before these pass, except the lock file that says DATA_DIR is taken.
    checkConfiguration(env);
    lock = lockDataDir(dataDir);
    await checkPortFree(port, host);
  } catch (error) {
    if (!(error instanceof StartupRefused)) throw error;
    process.stderr.write(`Chancery cannot start: ${error.message}\n`);
    process.exit(2);
  }
  // Loaded only now: a refused start never loads the application, let alone opens anything.
  const tracing = await import('./ops/tracing');
  if (tracing.tracingWanted(env)) tracing.startTracing();
  const { createApp } = await import('./bootstrap');
  const { announceFirstAdmin } = await import('./auth/first-run');
  const app = await createApp({ logger });
  // On stderr: stdout is the log, which a shipper copies to wherever logs go.
  await announceFirstAdmin(app, (text) => process.stderr.write(text));
  await app.listen(port, host);
  const { DEFAULT_SHUTDOWN_TIMEOUT_MS, shutDownOnSignal } = await import('./ops/shutdown');
  const { RequestDrain } = await import('./ops/request-drain');
  shutDownOnSignal({
    app,
    drain: app.get(RequestDrain),
    lock,
    logger,
    timeoutMs: Number(env.SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_TIMEOUT_MS),
  });
  logger.info(
    { port, host, dataDir, tracing: tracing.tracingWanted(env) },
    'Chancery API listening',
  );
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Chancery failed to start');
  flushLog(logger);
  process.exit(1);
});
