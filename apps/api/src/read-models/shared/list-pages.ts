import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listResponse, wantsCsv } from './csv';
import { PageQuery, type Page } from './query.dto';

/** One page of a list held inside a larger answer, and where its next page is. */
export interface ListPage<T> extends Page<T> {
  /** The URL of the next page of this list alone (`?list=…&offset=…&limit=…`), or null at the end. */
  next: string | null;
}

/** Names each list of an answer with its CSV columns, in order. */
export type ListColumns = Record<string, readonly string[]>;

/**
 * An answer holding lists (a partnership page, a dossier): each list shows its first `limit`
 * items with its total; `?list=<name>` answers that list alone, paged by `limit` and `offset`,
 * and it is what `Accept: text/csv` sends (the answer's first list when none is named).
 */
export function listsQuery(names: readonly string[]) {
  class ListsQuery extends PageQuery {
    @ApiPropertyOptional({
      enum: names,
      description: 'Answer this list alone, paged by limit and offset (and as CSV when asked)',
    })
    @IsOptional()
    @IsIn(names)
    list?: string;
  }
  return ListsQuery;
}

export type ListsQuery = PageQuery & { list?: string };

/**
 * The page of `items` from `offset`, with the link to the next one: `base` is the answer's path,
 * with any query that must carry over (an audit's `knownAt`).
 */
export function pageOf<T>(
  items: readonly T[],
  list: string,
  { limit, offset }: { limit: number; offset: number },
  base: string,
): ListPage<T> {
  const end = offset + limit;
  const more = `${base}${base.includes('?') ? '&' : '?'}list=${list}&offset=${end}&limit=${limit}`;
  return {
    items: items.slice(offset, end),
    total: items.length,
    limit,
    offset,
    next: end < items.length ? more : null,
  };
}

/** The request's path without its query: where the pages of its lists are asked for. */
export const pathOf = (request: FastifyRequest) => request.url.split('?')[0];

/** Whether the request asks for one list alone: named, or implied by asking for CSV. */
export function chosenList(
  request: FastifyRequest,
  q: ListsQuery,
  columns: ListColumns,
): string | null {
  if (q.list) return q.list;
  return wantsCsv(request) ? Object.keys(columns)[0] : null;
}

/** Sends one list's page as JSON, or as CSV with that list's columns. */
export function sendList(
  request: FastifyRequest,
  reply: FastifyReply,
  page: ListPage<object>,
  columns: readonly string[],
) {
  return listResponse(request, reply, page, columns as never);
}

/**
 * An answer whose lists (named in `columns`) are each cut to their first `limit` items, or, when
 * one list is chosen, that list's page alone, as JSON or CSV.
 */
export function answerLists<A extends Record<string, unknown>>(
  request: FastifyRequest,
  reply: FastifyReply,
  q: ListsQuery,
  columns: ListColumns,
  answer: A,
) {
  const path = pathOf(request);
  const list = chosenList(request, q, columns);
  if (list) {
    const items = answer[list] as readonly object[];
    return sendList(request, reply, pageOf(items, list, q, path), columns[list]);
  }
  const bounded: Record<string, unknown> = { ...answer };
  for (const name of Object.keys(columns))
    bounded[name] = pageOf(
      answer[name] as readonly object[],
      name,
      { limit: q.limit, offset: 0 },
      path,
    );
  return bounded;
}
