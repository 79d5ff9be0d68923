import type { INestApplicationContext } from '@nestjs/common';
import { FirstAdmin } from '@chancery/identity';

/** On the very first start, creates the admin and prints its token: the only time it is shown. */
export async function announceFirstAdmin(
  app: INestApplicationContext,
  print: (text: string) => void = (text) => process.stdout.write(text),
): Promise<void> {
  const issued = await app.get(FirstAdmin).ensure();
  if (!issued) return;
  print(
    [
      '',
      '================================================================================',
      ' First run: no users existed, so an administrator "admin" has been created.',
      ' Its API token (shown now and NEVER again; keep it in a password manager):',
      '',
      `   ${issued.token}`,
      '',
      ` It expires at ${issued.expiresAt}. Use it as:  Authorization: Bearer <token>`,
      ' Then create your staff, e.g.:',
      '   npm run chancery -- users add <name> --role recorder --clearance internal',
      ' and a fresh admin token any time with:  npm run chancery -- users token admin',
      '================================================================================',
      '',
    ].join('\n'),
  );
}
