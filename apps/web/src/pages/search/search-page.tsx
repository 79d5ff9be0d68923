import { Link, useSearchParams } from 'react-router';
import { api, readQuery } from '../../api/client';
import { formatDay } from '../../ui/dates';
import { Page } from '../../ui/page';
import { kindLabel, pageOf, SEARCH_KIND_LABELS, type SearchHit } from '../../ui/search-links';
import { Empty, Loaded } from '../../ui/states';
import { useResource } from '../../ui/use-resource';
import '../../ui/search-styles.css';

interface Found {
  items: SearchHit[];
  total: number;
  byKind: Record<string, number>;
  limit: number;
  offset: number;
}

const PAGE = 25;

/** Search results: counts per kind as filters, then the records in words, each linked to its page. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const kind = params.get('kind') ?? undefined;
  const offset = Number(params.get('from') ?? 0) || 0;
  const found = useResource(
    () =>
      q
        ? api<Found>(`/search${readQuery({ q, kind, limit: PAGE, offset })}`)
        : Promise.resolve({ items: [], total: 0, byKind: {}, limit: PAGE, offset: 0 }),
    `${q}|${kind}|${offset}`,
  );
  const go = (next: Record<string, string | undefined>) => {
    const merged = { q, kind, from: undefined, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => !!e[1])));
  };
  const title = q ? `Search: “${q}”` : 'Search';
  return (
    <Page title={title} intro={q ? undefined : 'Type a name, a place or words of a record in the search box at the top of the page.'}>
      {q && (
        <Loaded resource={found} what="results">
          {(r) => {
            const all = Object.values(r.byKind).reduce((a, b) => a + b, 0);
            if (all === 0) return <Empty>Nothing on record matches “{q}”. Try fewer or shorter words: each word matches the beginning of a word.</Empty>;
            return (
              <>
                <p className="summary" role="status">
                  {all} {all === 1 ? 'record matches' : 'records match'}
                  {kind ? `; showing the ${r.total} ${kindLabel(kind, r.total).toLowerCase()}` : ''}.
                </p>
                <div className="toggle search-kinds" role="group" aria-label="Show only">
                  <button type="button" aria-pressed={!kind} onClick={() => go({ kind: undefined })}>
                    Everything ({all})
                  </button>
                  {Object.keys(SEARCH_KIND_LABELS)
                    .filter((k) => r.byKind[k])
                    .map((k) => (
                      <button key={k} type="button" aria-pressed={kind === k} onClick={() => go({ kind: k })}>
                        {kindLabel(k, r.byKind[k])} ({r.byKind[k]})
                      </button>
                    ))}
                </div>
                <ol className="search-results" start={r.offset + 1}>
                  {r.items.map((hit) => (
                    <li key={`${hit.kind}:${hit.id}`}>
                      <span className="search-kind">{kindLabel(hit.kind)}</span>
                      <Link to={pageOf(hit)}>{hit.title}</Link>
                      {(hit.detail || hit.date) && <p className="muted">{[hit.detail, hit.date ? formatDay(hit.date) : null].filter(Boolean).join(' · ')}</p>}
                    </li>
                  ))}
                </ol>
                {r.total > PAGE && (
                  <nav aria-label="Result pages" className="pager">
                    <button type="button" disabled={r.offset === 0} onClick={() => go({ from: String(Math.max(0, r.offset - PAGE)) })}>
                      Previous {PAGE}
                    </button>
                    <span>
                      {r.offset + 1}–{Math.min(r.offset + PAGE, r.total)} of {r.total}
                    </span>
                    <button type="button" disabled={r.offset + PAGE >= r.total} onClick={() => go({ from: String(r.offset + PAGE) })}>
                      Next {PAGE}
                    </button>
                  </nav>
                )}
              </>
            );
          }}
        </Loaded>
      )}
    </Page>
  );
}
