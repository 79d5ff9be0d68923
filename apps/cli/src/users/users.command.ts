import { userInfo } from 'node:os';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Command, Option } from 'commander';
import {
  CLASSIFICATIONS,
  DEFAULT_TOKEN_TTL,
  IssuedToken,
  ROLES,
  UserAdministration,
} from '@chancery/identity';
import { UsersCliModule } from './users-cli.module';

export interface UsersCliIo {
  print(line: string): void;
  /** Who is at the keyboard: recorded as the actor of every change. */
  operator(): string;
}

const consoleIo: UsersCliIo = {
  print: (line) => console.log(line),
  operator: () => `cli:${process.env.CHANCERY_OPERATOR || userInfo().username}`,
};

/** `chancery users add|revoke|list|token|grant|ungrant|clearance|desk|undesk`. */
export function registerUsersCommands(program: Command, io: UsersCliIo = consoleIo): Command {
  const users = program.command('users').description('Manage the staff who may use Chancery');
  const run = (work: (admin: UserAdministration) => Promise<void>) => withUsers(work);

  users
    .command('add <name>')
    .description('Register a member of staff and print their first API token (shown once)')
    .addOption(
      new Option('--role <role...>', 'a role (repeatable)').choices(ROLES).makeOptionMandatory(),
    )
    .addOption(
      new Option('--clearance <level>', 'highest classification they may see')
        .choices(CLASSIFICATIONS)
        .default('internal'),
    )
    .option('--ttl <duration>', 'token lifetime: 30m, 12h, 90d…', DEFAULT_TOKEN_TTL)
    .action((name: string, options: { role: string[]; clearance: string; ttl: string }) =>
      run(async (admin) => {
        const issued = await admin.register(
          { name, roles: options.role, clearance: options.clearance, ttl: options.ttl },
          io.operator(),
        );
        io.print(`Registered ${name} (${options.role.join(', ')}; cleared ${options.clearance}).`);
        printToken(io, issued);
      }),
    );

  users
    .command('token <name>')
    .description('Issue a new API token for a member of staff (shown once)')
    .option('--ttl <duration>', 'token lifetime: 30m, 12h, 90d…', DEFAULT_TOKEN_TTL)
    .action((name: string, options: { ttl: string }) =>
      run(async (admin) =>
        printToken(io, await admin.issueToken(name, options.ttl, io.operator())),
      ),
    );

  users
    .command('revoke <name>')
    .description('Revoke a member of staff: every token they hold stops working at once')
    .action((name: string) =>
      run(async (admin) => {
        await admin.revoke(name, io.operator());
        io.print(`Revoked ${name}.`);
      }),
    );

  users
    .command('grant <name> <role>')
    .description('Give a member of staff one more role')
    .action((name: string, role: string) =>
      run(async (admin) => {
        await admin.grantRole(name, role, io.operator());
        io.print(`Granted ${role} to ${name}.`);
      }),
    );

  users
    .command('ungrant <name> <role>')
    .description('Take a role away from a member of staff')
    .action((name: string, role: string) =>
      run(async (admin) => {
        await admin.revokeRole(name, role, io.operator());
        io.print(`Took ${role} from ${name}.`);
      }),
    );

  users
    .command('clearance <name> <level>')
    .description('Change the highest classification a member of staff may see')
    .action((name: string, level: string) =>
      run(async (admin) => {
        await admin.changeClearance(name, level, io.operator());
        io.print(`${name} is now cleared ${level}.`);
      }),
    );

  users
    .command('desk <name> <desk>')
    .description(
      'Put a member of staff on a desk (a team): "my team\'s" follow-ups are their desks\'',
    )
    .action((name: string, desk: string) =>
      run(async (admin) => {
        await admin.joinDesk(name, desk, io.operator());
        io.print(`${name} is now on the ${desk} desk.`);
      }),
    );

  users
    .command('undesk <name> <desk>')
    .description('Take a member of staff off a desk')
    .action((name: string, desk: string) =>
      run(async (admin) => {
        await admin.leaveDesk(name, desk, io.operator());
        io.print(`${name} has left the ${desk} desk.`);
      }),
    );

  users
    .command('list')
    .description('List every member of staff, their roles, clearance and live tokens')
    .action(() =>
      run(async (admin) => {
        for (const user of admin.list()) {
          const tokens = user.tokens
            .map((token) => `${token.tokenId.slice(0, 8)}…→${token.expiresAt}`)
            .join(' ');
          io.print(
            `${user.id}\t${user.status}\t${user.roles.join(',')}\t${user.clearance}\t${user.desks.join(',') || '-'}\t${tokens || '-'}`,
          );
        }
      }),
    );
  return users;
}

function printToken(io: UsersCliIo, issued: IssuedToken): void {
  io.print(
    `API token for ${issued.userId} (expires ${issued.expiresAt}); it will not be shown again:`,
  );
  io.print(issued.token);
}

async function withUsers(work: (admin: UserAdministration) => Promise<void>): Promise<void> {
  const app: INestApplicationContext = await NestFactory.createApplicationContext(UsersCliModule, {
    logger: ['error', 'warn'],
  });
  try {
    await work(app.get(UserAdministration));
  } finally {
    await app.close();
  }
}
