import { isIP } from 'node:net';
import { KNOWN_SETTINGS, StartupRefused } from './settings';

/**
 * Checks the environment before anything is opened or written; throws `StartupRefused` naming the
 * first problem and its fix.
 */
export function checkConfiguration(env: NodeJS.ProcessEnv): void {
  checkSpelling(env);
  checkPort(env.PORT);
  if (env.EVENTSTORE_URL) checkEventStoreUrl(env.EVENTSTORE_URL);
  if (env.METRICS_ALLOW) parseAllowList(env.METRICS_ALLOW);
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) checkOtlpEndpoint(env.OTEL_EXPORTER_OTLP_ENDPOINT);
  for (const name of ['READ_WAIT_MS', 'SHUTDOWN_TIMEOUT_MS'] as const)
    if (env[name] !== undefined && !/^\d+$/.test(env[name]))
      throw new StartupRefused(`${name}=${env[name]} is not a whole number of milliseconds`);
}

function checkSpelling(env: NodeJS.ProcessEnv): void {
  const known = new Set<string>(KNOWN_SETTINGS);
  for (const name of Object.keys(env)) {
    if (known.has(name)) continue;
    const meant = KNOWN_SETTINGS.find((k) => looksLike(name, k));
    if (meant)
      throw new StartupRefused(
        `${name} is not a Chancery setting: did you mean ${meant}? Rename it (or unset it)`,
      );
  }
}

/** Same letters once case and underscores are set aside, or one slip away (two for long names). */
function looksLike(name: string, known: string): boolean {
  const a = name.toUpperCase().replace(/_/g, '');
  const b = known.replace(/_/g, '');
  if (a === b) return true;
  const slips = b.length > 8 ? 2 : 1;
  return Math.abs(a.length - b.length) <= slips && editDistance(a, b) <= slips;
}

/** Optimal string alignment distance: a swap of two neighbours counts as one slip. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

function checkPort(port: string | undefined): void {
  if (port === undefined) return;
  const n = Number(port);
  if (!/^\d+$/.test(port) || n > 65535)
    throw new StartupRefused(`PORT=${port} is not a port number (0 to 65535)`);
}

/** esdb:// or kurrentdb:// (or their +discover forms), credentials, one host or several, options. */
const HOST = String.raw`(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`;
const EVENTSTORE_URL = new RegExp(
  String.raw`^(esdb|kurrentdb|kurrent)(\+discover)?://([^@/?#\s]+@)?${HOST}(,${HOST})*/?(\?[^#\s]*)?$`,
);

function checkEventStoreUrl(url: string): void {
  const scheme = /^([a-z+]+):\/\//i.exec(url)?.[1];
  if (scheme && !/^(esdb|kurrentdb|kurrent)(\+discover)?$/.test(scheme))
    throw new StartupRefused(
      `EVENTSTORE_URL=${redact(url)} has scheme ${scheme}: where kurrentdb:, esdb: or their +discover forms are expected`,
    );
  if (!EVENTSTORE_URL.test(url))
    throw new StartupRefused(
      `EVENTSTORE_URL=${redact(url)} is not a URL of the form kurrentdb://host:2113?tls=false (several hosts: kurrentdb+discover://a:2113,b:2113)`,
    );
}

/** A connection string may carry a password: never repeat it. */
function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

function checkOtlpEndpoint(endpoint: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(endpoint);
  } catch {
    // refused below
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol))
    throw new StartupRefused(
      `OTEL_EXPORTER_OTLP_ENDPOINT=${redact(endpoint)} is not an http(s) URL such as http://collector:4318`,
    );
}

/** One address or CIDR block allowed to read /metrics. */
export interface AllowedRange {
  family: 4 | 6;
  bits: bigint;
  prefix: number;
}

/** `METRICS_ALLOW=127.0.0.1,10.0.0.0/8,::1`; refuses an entry that is neither an IP nor a CIDR. */
export function parseAllowList(value: string): AllowedRange[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [ip, prefixText] = entry.split('/');
      const family = isIP(ip);
      const width = family === 4 ? 32 : 128;
      const prefix = prefixText === undefined ? width : Number(prefixText);
      if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > width)
        throw new StartupRefused(
          `METRICS_ALLOW entry "${entry}" is not an IP address or CIDR block (e.g. 10.0.0.0/8)`,
        );
      return { family: family as 4 | 6, bits: ipBits(ip, family as 4 | 6), prefix };
    });
}

export function ipBits(ip: string, family: 4 | 6): bigint {
  if (family === 4) return ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(part), 0n);
  const [head, tail = ''] = ip.split('::');
  const groups = (s: string) => (s ? s.split(':') : []);
  let left = groups(head);
  let right = groups(tail);
  // An embedded IPv4 tail (::ffff:1.2.3.4) is two groups.
  const last = (ip.includes('::') ? right : left).at(-1);
  if (last?.includes('.')) {
    const v4 = ipBits(last, 4);
    const extra = [(v4 >> 16n).toString(16), (v4 & 0xffffn).toString(16)];
    if (ip.includes('::')) right = [...right.slice(0, -1), ...extra];
    else left = [...left.slice(0, -1), ...extra];
  }
  const fill = ip.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...fill, ...right].reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
}
