/**
 * One API node as a process: the application `npm start` builds (createApp), on a loopback port
 * the OS chooses, which it prints: `READY {"port":…,"adminToken":…|null}` (the admin token on the
 * node that created the first admin). Exits on SIGTERM or when its stdin closes.
 */
import 'reflect-metadata';
import { FirstAdmin } from '@chancery/identity';
import { createApp } from '../../../apps/api/src/bootstrap';

// Killed outright, without exit handlers: its store may be gone already and its DATA_DIR is
// thrown away. (A node whose parent was SIGKILLed mid-start was seen not to get here: the
// spec's afterAll, not this, is what guarantees the nodes end.)
const exit = () => process.kill(process.pid, 'SIGKILL');
process.once('SIGTERM', exit);
process.stdin.once('end', exit).resume();

async function serve(): Promise<void> {
  const app = await createApp();
  const admin = await app.get(FirstAdmin).ensure();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  process.stdout.write(`READY ${JSON.stringify({ port, adminToken: admin?.token ?? null })}\n`);
}

void serve();
