import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  ApiProcess,
  describeProcess,
  freePort,
  removeDir,
  tempDataDir,
} from './support/api-process';

jest.setTimeout(120_000);

/** Starts the API expecting a refusal: its exit code and what it said on stderr. */
async function refused(env: NodeJS.ProcessEnv, port?: number) {
  const api = new ApiProcess({ HOST: '127.0.0.1', ...env }, port ?? (await freePort()));
  try {
    const code = await api.exited;
    return { code, stderr: api.stderr.trim(), stdout: api.stdout };
  } finally {
    await api.stop();
  }
}

describeProcess(
  'a wrong configuration stops the start with one line, before anything is written',
  () => {
    const dirs: string[] = [];
    const dir = () => {
      const made = tempDataDir();
      dirs.push(made);
      return made;
    };
    afterAll(() => dirs.forEach(removeDir));

    it.each([
      ['DATADIR', '/tmp/x', /DATADIR is not a Chancery setting: did you mean DATA_DIR\?/],
      ['EVENTSTORE_ULR', 'kurrentdb://h:2113', /EVENTSTORE_ULR .*did you mean EVENTSTORE_URL\?/],
    ])('a variable spelled like a known one (%s)', async (name, value, message) => {
      const dataDir = join(dir(), 'data');
      const result = await refused({ DATA_DIR: dataDir, [name]: value });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(existsSync(dataDir)).toBe(false);
    });

    it.each([
      [
        'kurrentdb//localhost:2113',
        /EVENTSTORE_URL=kurrentdb\/\/localhost:2113 is not a URL of the form/,
      ],
      ['esdb://admin:secret@', /EVENTSTORE_URL=esdb:\/\/\*\*\*@ is not a URL of the form/],
    ])('a malformed EVENTSTORE_URL (%s)', async (url, message) => {
      const dataDir = join(dir(), 'data');
      const result = await refused({ DATA_DIR: dataDir, EVENTSTORE_URL: url });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toContain('secret');
      expect(existsSync(dataDir)).toBe(false);
    });

    it('a DATA_DIR that cannot be written (a file stands where a directory is needed)', async () => {
      const file = join(dir(), 'not-a-directory');
      writeFileSync(file, 'x');
      const below = await refused({ DATA_DIR: join(file, 'data') });
      expect(below.code).toBe(2);
      expect(below.stderr).toMatch(/^Chancery cannot start: DATA_DIR=.*\/data is not writable/);
      const itself = await refused({ DATA_DIR: file });
      expect(itself.stderr).toMatch(/DATA_DIR=.*not-a-directory is a file, not a directory/);
    });

    it('a port in use', async () => {
      const dataDir = dir();
      const squatter: Server = createServer();
      await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', done));
      const { port } = squatter.address() as { port: number };
      try {
        const result = await refused({ DATA_DIR: dataDir }, port);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(
          `Chancery cannot start: port ${port} on 127.0.0.1 is already in use: stop what listens there or set PORT to a free port`,
        );
        // Only the lock file: no store, no read models, no first admin (see config-check's unit spec
        // for the messages of every check).
        expect(readdirSync(dataDir)).toEqual(['api.lock']);
        expect(result.stdout).not.toContain('First run');
      } finally {
        squatter.close();
      }
    });
  },
);

describeProcess('two servers on one DATA_DIR (issue 14)', () => {
  const dataDir = tempDataDir();
  let first: ApiProcess;
  beforeAll(async () => {
    first = await ApiProcess.start({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await first?.stop();
    removeDir(dataDir);
  });

  it('the second refuses to start before touching anything; the first goes on serving', async () => {
    const files = () =>
      readdirSync(dataDir)
        .filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))
        .map((name) => [name, statSync(join(dataDir, name)).size]);
    const before = files();
    const second = await refused({ DATA_DIR: dataDir });
    expect(second.code).toBe(2);
    expect(second.stderr).toBe(
      `Chancery cannot start: DATA_DIR=${resolve(dataDir)} is in use by another Chancery API: stop that one first, or give this one its own DATA_DIR (the CLI may run beside a server)`,
    );
    // It never reached Nest: no module, no worker, no store was opened.
    expect(second.stdout).toBe('');
    expect(files()).toEqual(before);
    expect((await fetch(`${first.url}/health/live`)).status).toBe(200);
  });

  it('the CLI works beside the running server, and the server sees what it wrote', async () => {
    const cli = join(__dirname, '../../apps/cli/src/main.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        cli,
        'users',
        'add',
        'beside',
        '--role',
        'analyst',
        '--clearance',
        'internal',
      ],
      { cwd: join(__dirname, '../..'), env: { ...process.env, DATA_DIR: dataDir } },
    );
    const token = /chy_[A-Za-z0-9_-]{43}/.exec(stdout)?.[0];
    expect(token).toBeDefined();
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (
        await fetch(`${first.url}/auth/me`, { headers: { authorization: `Bearer ${token}` } })
      ).status;
    }
    expect(status).toBe(200);
  });
});
