import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { DataDirLock } from './data-dir-lock';
import { flushLog } from './logger';
import type { RequestDrain } from './request-drain';
import { stopTracing } from './tracing';

/** The bound on a shutdown: the projection workers alone may take 10 s to wind down. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 15_000;

export interface ShutdownParts {
  app: INestApplication;
  drain: RequestDrain;
  lock: DataDirLock;
  logger: Logger;
  timeoutMs: number;
}

/**
 * On SIGTERM or SIGINT: stop listening (new connections are refused), answer the requests in
 * flight (each answer says `Connection: close`), then close the application, which stops the
 * projection workers once their current batch and its checkpoint are committed and commits the
 * group commit under way before closing the store. Past `timeoutMs` the process exits anyway,
 * with status 1: what was acknowledged was already durable.
 */
export function shutDownOnSignal(parts: ShutdownParts): void {
  let started = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    void shutDown(parts, signal);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

async function shutDown(
  { app, drain, lock, logger, timeoutMs }: ShutdownParts,
  signal: NodeJS.Signals,
) {
  const began = Date.now();
  const timer = setTimeout(() => {
    logger.error({ timeoutMs, inFlight: drain.pending }, 'shutdown took too long: exiting now');
    exit(logger, 1);
  }, timeoutMs);
  timer.unref();
  logger.info({ signal, inFlight: drain.pending }, 'shutting down: refusing new connections');
  drain.closing = true;
  const server = app.getHttpServer() as Server;
  // Stops the listener and drops the kept-alive connections idle now, at once (Fastify's own
  // close, later, would answer 503 meanwhile); the busy ones close after their answer. Idle ones
  // kept open longer would be picked by clients' pools and dropped under a request later.
  server.close();
  await drain.whenIdle();
  // A client may still send on a kept-alive connection after the last answer: Fastify's close
  // would answer it 503. Dropping every connection first makes it find the door closed instead.
  server.closeAllConnections();
  logger.info('requests in flight answered: stopping projections and the event store');
  try {
    await app.close();
    await stopTracing();
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    exit(logger, 1);
  }
  lock.release();
  logger.info({ ms: Date.now() - began }, 'stopped');
  exit(logger, 0);
}

function exit(logger: Logger, code: number): never {
  flushLog(logger);
  process.exit(code);
}
