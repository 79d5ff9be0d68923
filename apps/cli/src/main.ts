import 'reflect-metadata';
import { Command } from 'commander';

const program = new Command('chancery').description('Chancery operator commands');

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
