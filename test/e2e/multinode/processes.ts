import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * A TypeScript entry run in a process of its own. By default its stdout is read line by line;
 * with `logFile`, its output goes to that file instead and it reports over an IPC channel, so its
 * stdout never breaks when this process dies (an API node whose stdout broke mid-start was seen
 * stuck in a log write, deaf to its stdin closing). Its output is kept to explain a failure.
 */
export class TsProcess {
  readonly child: ChildProcess;
  private readonly output: string[] = [];
  private readonly exited: Promise<void>;
  private exitCode: number | null = null;
  private readonly lines?: AsyncIterator<string>;

  constructor(
    entry: string,
    env: NodeJS.ProcessEnv,
    private readonly logFile?: string,
  ) {
    const log = logFile ? openSync(logFile, 'a') : 'pipe';
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, entry)], {
      cwd: ROOT,
      env,
      // The entries exit when their stdin (or IPC channel) closes: a test process that dies takes them with it.
      stdio: ['pipe', log, log, ...(logFile ? ['ipc' as const] : [])],
    });
    if (typeof log === 'number') closeSync(log); // the child holds its own copy
    if (!logFile) {
      this.child.stderr!.on('data', (chunk: Buffer) => this.keep(chunk.toString()));
      this.lines = createInterface({ input: this.child.stdout! })[Symbol.asyncIterator]();
    }
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      }),
    );
  }

  /** The rest of the first line of output that starts with `prefix` (stdout read as lines). */
  async lineStartingWith(prefix: string): Promise<string> {
    const lines = this.lines!;
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      this.keep(line.value);
      if (line.value.startsWith(prefix)) {
        void this.drain(lines);
        return line.value.slice(prefix.length);
      }
    }
    throw new Error(`exited (${this.exitCode}) before printing ${prefix}:\n${this.tail()}`);
  }

  /** The first message it sends over IPC (with `logFile`). */
  async firstMessage<T>(): Promise<T> {
    const message = new Promise<T>((resolve) => this.child.once('message', resolve));
    const exit = this.exited.then(() => {
      throw new Error(`exited (${this.exitCode}) before reporting:\n${this.tail()}`);
    });
    return Promise.race([message, exit]);
  }

  /** The last lines it wrote, for an assertion message. */
  tail(lines = 40): string {
    const output = this.logFile ? readFileSync(this.logFile, 'utf8').split('\n') : this.output;
    return output.slice(-lines).join('\n');
  }

  /** Killed outright, whatever state it is in; resolves once it is gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  private async drain(lines: AsyncIterator<string>): Promise<void> {
    for (let line = await lines.next(); !line.done; line = await lines.next())
      this.keep(line.value);
  }

  private keep(text: string): void {
    this.output.push(text);
    if (this.output.length > 400) this.output.splice(0, 200);
  }
}
