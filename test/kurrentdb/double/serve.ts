/**
 * The wire double as a process of its own, for tests that run several API processes on one
 * KurrentDB: `node -r @swc-node/register test/kurrentdb/double/serve.ts [port]` prints
 * `KURRENTDB <connection string>` once listening (port 0 or none: one the OS chooses), and exits
 * on SIGTERM or when its stdin closes, so it never outlives the test that started it.
 */
import { KurrentDbDouble } from './kurrentdb-double';

async function serve(): Promise<void> {
  const double = await KurrentDbDouble.start({ port: Number(process.argv[2] ?? 0) });
  const exit = () => void double.stop().then(() => process.exit(0));
  process.once('SIGTERM', exit);
  process.once('SIGINT', exit);
  process.stdin.once('end', exit).resume();
  process.stdout.write(`KURRENTDB ${double.connectionString()}\n`);
}

void serve();
