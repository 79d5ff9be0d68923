import type { FastifyReply, FastifyRequest } from 'fastify';
import { stringify } from 'csv-stringify/sync';

/** Analysts work in spreadsheets: any list answers as CSV when asked with `Accept: text/csv`. */
export function wantsCsv(request: FastifyRequest): boolean {
  return /\btext\/csv\b/.test(request.headers.accept ?? '');
}

/**
 * Sends the items as CSV (nested values as JSON) when asked, else returns the JSON body unchanged.
 * A cell starting with `=`, `+`, `-`, `@`, a tab or a return gets a leading `'`, so a spreadsheet
 * shows recorded text as text instead of running it as a formula; yes/no columns say `true`/`false`,
 * since csv-stringify's `1`/empty cannot be told apart from a null.
 */
export function listResponse<T extends object, B extends { items: T[] }>(
  request: FastifyRequest,
  reply: FastifyReply,
  body: B,
  columns: Array<keyof T & string>,
): B | string {
  if (!wantsCsv(request)) return body;
  void reply.header('content-type', 'text/csv; charset=utf-8');
  const rows = body.items.map((item) =>
    columns.map((c) => {
      const v = (item as Record<string, unknown>)[c];
      return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
    }),
  );
  return stringify(rows, {
    header: true,
    columns,
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}
