import { ArchiveRefusedError } from '@chancery/archive';

export interface ArchiveCliIo {
  print(line: string): void;
  /** Sets the process's exit status without cutting the output short. */
  exit(code: number): void;
}

export const consoleIo: ArchiveCliIo = {
  print: (line) => console.log(line),
  exit: (code) => (process.exitCode = code),
};

/** Runs a command; a refusal prints each of its reasons on a line and exits 1. */
export async function reportingRefusals(io: ArchiveCliIo, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ArchiveRefusedError)) throw error;
    io.print(`${error.what}:`);
    for (const reason of error.reasons) io.print(`  ${reason}`);
    io.exit(1);
  }
}

/** `1 stream`, `7 streams`. */
export const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
