/**
 * The one way the web app talks to the API: same origin, bearer token, JSON. Every failure becomes
 * an ApiError whose `fields` map a request field (`participants[0].party`) to what is wrong with it,
 * from a 400 VALIDATION_FAILED or from a 422 naming unknown references.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Body = Record<string, unknown>;

let token: string | null = null;
let onUnauthorised: () => void = () => {};

export function useToken(value: string | null, whenUnauthorised: () => void): void {
  token = value;
  onUnauthorised = whenUnauthorised;
}

/** Kept per tab across reloads, so a page opened afresh after a write still shows it. */
const POSITION_KEY = 'chancery.position';
let latestPosition = Number(globalThis.sessionStorage?.getItem(POSITION_KEY)) || 0;
/** The log position of this tab's latest write: a query passes it as minPosition to read its own writes. */
export const lastWrittenPosition = () => latestPosition || undefined;

function wrote(position: number): void {
  if (position <= latestPosition) return;
  latestPosition = position;
  globalThis.sessionStorage?.setItem(POSITION_KEY, String(position));
}

export interface Written {
  id: string;
  revision: number;
  position: number;
}

export async function api<T>(
  path: string,
  init: {
    method?: string;
    body?: Body;
    ifMatch?: number;
    token?: string;
    idempotencyKey?: string;
  } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const bearer = init.token ?? token;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (init.body) headers['content-type'] = 'application/json';
  if (init.ifMatch !== undefined) headers['if-match'] = `"${init.ifMatch}"`;
  if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'The server cannot be reached. Check your connection and try again.',
    );
  }
  const payload = (await response.json().catch(() => null)) as Body | null;
  if (response.ok && typeof payload?.position === 'number') wrote(payload.position);
  if (response.ok) return payload as T;
  if (response.status === 401 && !init.token) onUnauthorised();
  throw toError(response.status, payload);
}

function toError(status: number, payload: Body | null): ApiError {
  const code = String(payload?.code ?? `HTTP_${status}`);
  const message = String(payload?.message ?? messageFor(status));
  const fields: Record<string, string> = {};
  for (const e of (payload?.errors as { field: string; reason: string }[] | undefined) ?? []) {
    // A list's rule names the item in its reason (`targets[1] currency …`): key it by the item.
    const item = new RegExp(`^${e.field.replace(/[.[\]]/g, '\\$&')}(\\[\\d+\\])`).exec(e.reason);
    const field = item ? `${e.field}${item[1]}` : e.field;
    fields[field] = fields[field] ? `${fields[field]}; ${e.reason}` : e.reason;
  }
  if (code === 'RECORD.UNKNOWN_REFERENCE' && Array.isArray(payload?.details)) {
    for (const d of payload.details as { field: string }[])
      fields[d.field] = 'is not on record (or was retracted)';
  }
  return new ApiError(status, code, message, fields);
}

function messageFor(status: number): string {
  if (status === 401) return 'Your session has expired or the token is not valid. Sign in again.';
  if (status === 403) return 'Your role does not allow this. Ask an administrator for access.';
  if (status === 404) return 'Not found.';
  if (status === 503) return 'The views are still catching up. Try again in a moment.';
  return `The server answered ${status}.`;
}

/** The query string of a read-model query that waits for this tab's own latest write. */
export const readQuery = (params: Record<string, string | number | undefined | null>) =>
  query({ ...params, minPosition: lastWrittenPosition() });

/** `?a=1&b=x`, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter(
    ([, v]) => v !== undefined && v !== null && v !== '',
  );
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : '';
}

/** A v4 UUID; crypto.randomUUID exists only on https or localhost, getRandomValues everywhere. */
export function newKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
