import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * One JSON object a line on stdout. Written through an asynchronous buffer so a request never
 * waits on the pipe; `flush()` empties it at shutdown. Only what callers pass is written: the
 * request log names the route pattern, never the URL, a header or a body, so no token and no
 * record's content can reach it.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const destination = pino.destination({ dest: 1, sync: false });
  const logger = pino(
    {
      level: env.LOG_LEVEL ?? 'info',
      base: { service: 'chancery-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  destinations.set(logger, destination);
  return logger;
}

const destinations = new WeakMap<Logger, { flushSync(): void }>();

/** Writes out what the asynchronous buffer holds: call before the process exits. */
export function flushLog(logger: Logger): void {
  try {
    destinations.get(logger)?.flushSync();
  } catch {
    // Nothing buffered, or stdout already gone: nothing more can be written anyway.
  }
}

/** Nest's own messages (start-up, errors it catches) as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context: contextOf(context) }, text(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context: contextOf(context) }, text(message));
  }

  /** Nest passes (message, stack, context), or (message, context) when there is no stack. */
  error(message: unknown, ...rest: unknown[]): void {
    const context = rest.length > 1 ? rest[1] : rest[0];
    const stack = rest.length > 1 ? rest[0] : undefined;
    this.logger.error(
      { context: contextOf(context), ...(typeof stack === 'string' ? { stack } : {}) },
      text(message),
    );
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context: contextOf(context) }, text(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context: contextOf(context) }, text(message));
  }
}

const contextOf = (context: unknown) => (typeof context === 'string' ? context : undefined);
const text = (message: unknown) =>
  message instanceof Error
    ? message.message
    : typeof message === 'string'
      ? message
      : String(message);
