import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export {
  newEvent,
  newEvents,
  collect,
  ids,
  rejectionOf,
  takeUntil,
  eventsOf,
} from '../contract/event-store/fixtures';

/** A temporary directory for one test file, removed afterwards. */
export function temporaryDirectory(name: string): { path: (...parts: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), `chancery-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { path: (...parts) => join(dir, ...parts) };
}
