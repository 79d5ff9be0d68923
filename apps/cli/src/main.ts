import 'reflect-metadata';
import { Command } from 'commander';

/** Each command group lives in its own folder and registers itself here. */
export function buildProgram(): Command {
  return new Command('chancery')
    .description('Chancery operator commands (rebuilds, audit verification, users, imports)')
    .showHelpAfterError();
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
