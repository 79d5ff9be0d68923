import 'reflect-metadata';
import { Command } from 'commander';
import { registerAuditCommands } from './audit/audit.command';
import { registerBackupCommands } from './backup/backup.command';
import { registerImportCommands } from './import/import.command';
import { registerLogCommands } from './log/log.command';
import { registerProjectionsCommands } from './projections/projections.command';
import { registerUsersCommands } from './users/users.command';

/** Each command group lives in its own folder and registers itself here. */
export function buildProgram(): Command {
  const program = new Command('chancery')
    .description('Chancery operator commands (rebuilds, audit verification, users, imports)')
    .showHelpAfterError();
  registerUsersCommands(program);
  registerAuditCommands(program);
  registerProjectionsCommands(program);
  registerBackupCommands(program);
  registerLogCommands(program);
  registerImportCommands(program);
  return program;
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
