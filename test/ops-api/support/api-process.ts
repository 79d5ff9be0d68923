import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Send } from '../../../examples/seed-visit/load';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'apps/api/src/main.ts');

/**
 * `describe` for specs of a real API process. They set its environment themselves (embedded
 * store), so the KurrentDB pass of the e2e suite would only run them a second time: it skips them.
 */
export const describeProcess =
  process.env.CHANCERY_E2E_STORE === 'kurrentdb' ? describe.skip : describe;

/** A port the OS just handed out and took back: free unless something grabs it meanwhile. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export function tempDataDir(prefix = 'chancery-ops-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The real API as an operator starts it (`main.ts`, through swc), its output captured. */
export class ApiProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(
    readonly env: NodeJS.ProcessEnv,
    readonly port: number,
  ) {
    // Only what the test sets, beside what node needs: the harness's own variables stay out.
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (text: string) => (this.stdout += text));
    this.child.stderr!.setEncoding('utf8').on('data', (text: string) => (this.stderr += text));
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  static async start(env: NodeJS.ProcessEnv): Promise<ApiProcess> {
    const api = new ApiProcess({ HOST: '127.0.0.1', ...env }, await freePort());
    await api.live();
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves once `/health/live` answers; rejects if the process exits first. */
  async live(): Promise<void> {
    let exited = false;
    void this.exited.then(() => (exited = true));
    for (;;) {
      if (exited) throw new Error(`the API exited before it was live:\n${this.stderr}`);
      try {
        if ((await fetch(`${this.url}/health/live`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The administrator token printed (on stderr, away from the log) on a first start. */
  adminToken(): string {
    const token = /chy_[A-Za-z0-9_-]{43}/.exec(this.stderr)?.[0];
    if (!token) throw new Error('no first-run token was printed');
    return token;
  }

  /** A `Send` for the example loader, over real HTTP with this bearer token. */
  client(token: string): Send {
    return async (method, path, body, headers = {}) => {
      const response = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: text ? JSON.parse(text) : null,
      };
    };
  }

  /** Registers a user through the API with the admin token; returns the user's token. */
  async user(name: string, roles: string[], clearance: string): Promise<string> {
    const reply = await this.client(this.adminToken())('POST', '/users', {
      name,
      roles,
      clearance,
    });
    if (reply.status !== 201) throw new Error(`POST /users: ${reply.status}`);
    return reply.body.token as string;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Always called on teardown: ends the process if it still runs. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
