/**
 * One API node as a process: the application `npm start` builds (createApp), on a loopback port
 * the OS chooses, which it reports, `{"port":…,"adminToken":…|null}` (the admin token on the node
 * that created the first admin), over IPC when started with a channel, else printed after `READY `.
 * Exits on SIGTERM, or when its stdin or IPC channel closes.
 */
import 'reflect-metadata';
import { FirstAdmin } from '@chancery/identity';
import { createApp } from '../../../apps/api/src/bootstrap';

// Killed outright, without exit handlers: its store may be gone already and its DATA_DIR is
// thrown away; a flush of the log to a stdout nobody reads could hang an orderly exit.
const exit = () => process.kill(process.pid, 'SIGKILL');
process.once('SIGTERM', exit);
process.once('disconnect', exit);
process.stdin.once('end', exit).resume();

async function serve(): Promise<void> {
  const app = await createApp();
  const admin = await app.get(FirstAdmin).ensure();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const ready = { port, adminToken: admin?.token ?? null };
  if (process.send) process.send(ready);
  else process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
}

void serve();
