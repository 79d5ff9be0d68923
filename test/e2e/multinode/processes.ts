import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..', '..');

/** A TypeScript entry run in a process of its own; its output is kept to explain a failure. */
export class TsProcess {
  private readonly output: string[] = [];
  private readonly exited: Promise<void>;
  private exitCode: number | null = null;
  private readonly lines: AsyncIterator<string>;

  constructor(entry: string, env: NodeJS.ProcessEnv, args: string[] = []) {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, entry), ...args], {
      cwd: ROOT,
      env,
      // The entries exit when their stdin closes: a test process that dies takes them with it.
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.keep(chunk.toString()));
    this.lines = createInterface({ input: this.child.stdout! })[Symbol.asyncIterator]();
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve();
      }),
    );
  }

  readonly child: ChildProcess;

  /** The rest of the first line of output that starts with `prefix`. */
  async lineStartingWith(prefix: string): Promise<string> {
    for (let line = await this.lines.next(); !line.done; line = await this.lines.next()) {
      this.keep(line.value);
      if (line.value.startsWith(prefix)) {
        void this.drain();
        return line.value.slice(prefix.length);
      }
    }
    throw new Error(`exited (${this.exitCode}) before printing ${prefix}:\n${this.tail()}`);
  }

  /** The last lines it wrote, for an assertion message. */
  tail(lines = 40): string {
    return this.output.slice(-lines).join('\n');
  }

  /** Killed outright, whatever state it is in; resolves once it is gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  private async drain(): Promise<void> {
    for (let line = await this.lines.next(); !line.done; line = await this.lines.next())
      this.keep(line.value);
  }

  private keep(text: string): void {
    this.output.push(text);
    if (this.output.length > 400) this.output.splice(0, 200);
  }
}
