import { createServer } from 'node:net';
import { StartupRefused } from './settings';

/**
 * Binds the port and lets it go again, so that a port in use stops the start before the store,
 * the workers and the first admin are set up rather than after (the listen itself comes last).
 */
export function checkPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new StartupRefused(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${host} is already in use: stop what listens there or set PORT to a free port`
            : `cannot listen on ${host}:${port} (${error.code ?? error.message}): check HOST and PORT`,
        ),
      ),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
