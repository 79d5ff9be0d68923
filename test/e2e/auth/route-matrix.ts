import type { Role } from '@chancery/identity';

/** Who may call a route: anyone (no token needed) or the holders of any of these roles. */
export type Access = 'public' | readonly Role[];

export interface MatrixRow {
  method: RegExp;
  path: RegExp;
  access: Access;
}

const WRITES = /^(POST|PUT|PATCH|DELETE)$/;
const READS = /^GET$/;
const ANY = /./;
const RECORDS =
  '(visits|meetings|pledges|follow-ups|statements|indicators|countries|organisations|people|sources|documents|drafts)';
const READ_MODELS =
  '(partnerships|pledges/register|pledges/compliance|follow-ups/board|dossiers|timeline|engagements|reports|exports)';

/**
 * The role matrix as the README states it; the e2e test holds the running app to it.
 * First matching row wins; a route no row matches must be admin-only (the guards' default deny).
 */
export const ROUTE_MATRIX: MatrixRow[] = [
  { method: READS, path: /^\/health(\/|$)/, access: 'public' },
  { method: READS, path: /^\/docs([-/]|$)/, access: 'public' },
  // No bearer token: a scraper's address is its pass (METRICS_ALLOW); any other gets a 404.
  { method: READS, path: /^\/metrics$/, access: 'public' },
  // The web app's shell and bundles carry no data; everything they show comes through guarded routes.
  { method: READS, path: /^\/(\*|assets\/[^/]+)?$/, access: 'public' },
  { method: READS, path: /^\/directory(\/|$)/, access: ['recorder', 'analyst', 'auditor'] },
  { method: READS, path: /^\/auth\/me$/, access: ['recorder', 'analyst', 'auditor', 'admin'] },
  { method: ANY, path: /^\/users(\/|$)/, access: ['admin'] },
  // Who work can be assigned to, each reader's home page and the header's search: every reader.
  { method: READS, path: /^\/(staff|home|search)$/, access: ['recorder', 'analyst', 'auditor'] },
  { method: ANY, path: /^\/(admin\/)?projections(\/|$)/, access: ['admin'] },
  { method: ANY, path: /^\/audit(\/|$)/, access: ['auditor'] },
  { method: READS, path: new RegExp(`^/${READ_MODELS}(/|$)`), access: ['analyst', 'auditor'] },
  { method: READS, path: /^\/topics(\/|$)/, access: ['recorder', 'analyst', 'auditor'] },
  // Recorders add topics as they record; merging and renaming are an admin's.
  { method: WRITES, path: /^\/topics\/[^/]+\/(merge|rename)$/, access: ['admin'] },
  { method: WRITES, path: /^\/topics$/, access: ['recorder', 'admin'] },
  /** The web app's pickers: parties and sources on record, found by name. */
  { method: READS, path: /^\/directory(\/|$)/, access: ['recorder', 'analyst', 'auditor'] },
  { method: WRITES, path: new RegExp(`^/${RECORDS}(/|$)`), access: ['recorder'] },
  {
    method: READS,
    path: new RegExp(`^/${RECORDS}(/|$)`),
    access: ['recorder', 'analyst', 'auditor'],
  },
];

export const DEFAULT_ACCESS: Access = ['admin'];

export function accessFor(method: string, url: string): Access {
  return (
    ROUTE_MATRIX.find((row) => row.method.test(method) && row.path.test(url))?.access ??
    DEFAULT_ACCESS
  );
}
