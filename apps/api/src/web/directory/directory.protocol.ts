import type { Clearance } from '@chancery/identity';
import type { DirectoryEntry, DirectoryKind } from './directory';

/** What the request thread asks the directory's worker thread. */
export type ToDirectoryThread =
  | { kind: 'search'; id: number; q: string; kinds: DirectoryKind[]; clearance: Clearance; limit: number }
  | { kind: 'stop' };

/** What the directory's worker thread answers or tells. */
export type FromDirectoryThread =
  | { kind: 'found'; id: number; items: DirectoryEntry[] }
  | { kind: 'caughtUp' }
  | { kind: 'failed'; message: string };
