import '../ui/chart-styles.css';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { Topic } from '../api/types';
import { DateInput } from '../ui/date-input';
import { dayProblem, formatDay, parseDay } from '../ui/dates';
import { topicVocabulary, type Picked } from '../ui/directory';
import { timelineOf } from '../ui/dossier-data';
import { EngagementList } from '../ui/dossier-sections';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { usePartyName } from '../ui/party-name';
import { PickOne } from '../ui/pickers';
import { Empty, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';

const PAGE = 20;
const KINDS = [
  ['', 'Every kind'],
  ['meeting', 'Meetings'],
  ['visit', 'Visits'],
  ['pledge', 'Pledges'],
] as const;

/** A party's engagements, newest first, filtered by kind, topic and dates, a page at a time. */
export function TimelinePage() {
  const [params, setParams] = useSearchParams();
  const party = params.get('party') ?? '';
  const filters = { kind: params.get('kind') ?? '', topic: params.get('topic') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const offset = Number(params.get('offset') ?? 0) || 0;
  const partyName = usePartyName(party);
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    setParams(next);
  };
  const page = useResource(
    () => (party ? timelineOf(party, { ...filters, limit: PAGE, offset }) : Promise.resolve(null)),
    params.toString(),
  );
  return (
    <Page title={party ? `Timeline of ${partyName}` : 'Timeline'} intro="Meetings, visits and pledges, newest first.">
      <Filters party={party} filters={filters} onApply={(changes) => set({ ...changes, offset: '' })} />
      {!party ? (
        <Empty>Choose a country or an organisation to see its engagements.</Empty>
      ) : (
        <Loaded resource={page} what="the timeline">
          {(p) =>
            p && (
              <>
                <p className="summary" role="status">
                  {p.total === 0 ? 'No engagement matches these filters.' : `${p.total} engagement${p.total === 1 ? '' : 's'}${p.total > PAGE ? `; ${offset + 1} to ${Math.min(offset + PAGE, p.total)} shown` : ''}.`}
                </p>
                <EngagementList items={p.items} empty="Try a wider range of dates, or every kind and topic." />
                {p.total > PAGE && (
                  <nav className="pager" aria-label="Pages of the timeline">
                    <button type="button" disabled={offset === 0} onClick={() => set({ offset: String(Math.max(0, offset - PAGE)) })}>
                      Newer
                    </button>
                    <span>
                      Page {Math.floor(offset / PAGE) + 1} of {Math.ceil(p.total / PAGE)}
                    </span>
                    <button type="button" disabled={offset + PAGE >= p.total} onClick={() => set({ offset: String(offset + PAGE) })}>
                      Older
                    </button>
                  </nav>
                )}
              </>
            )
          }
        </Loaded>
      )}
    </Page>
  );
}

function Filters({ party, filters, onApply }: { party: string; filters: Record<'kind' | 'topic' | 'from' | 'to', string>; onApply: (changes: Record<string, string>) => void }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const partyName = usePartyName(party);
  const [kind, setKind] = useState(filters.kind);
  const [topic, setTopic] = useState(filters.topic);
  const [from, setFrom] = useState(filters.from ? formatDay(filters.from) : '');
  const [to, setTo] = useState(filters.to ? formatDay(filters.to) : '');
  const [problems, setProblems] = useState<{ from?: string; to?: string }>({});
  const topics = useResource<Topic[]>(topicVocabulary, 'topics');
  useEffect(() => {
    if (party && !picked) setPicked({ kind: /^[A-Z]{3}$/.test(party) ? 'country' : 'organisation', id: party, name: partyName, detail: null, classification: '' });
  }, [party, partyName]);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = { from: dayProblem(from, null) ?? undefined, to: dayProblem(to, null) ?? undefined };
    const [f, t] = [parseDay(from) ?? '', parseDay(to) ?? ''];
    if (!found.from && !found.to && f && t && t < f) found.to = 'The end comes before the start';
    setProblems(found);
    if (found.from || found.to) return;
    onApply({ party: picked?.id ?? '', kind, topic, from: f, to: t });
  };
  return (
    <form className="filters" onSubmit={apply} noValidate aria-label="Filters">
      <PickOne label="Whose engagements" kinds={['country', 'organisation']} value={picked} onChange={setPicked} />
      <Field label="Kind">
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Topic">
        <select value={topic} onChange={(e) => setTopic(e.target.value)}>
          <option value="">Every topic</option>
          {(topics.data ?? []).map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="From" error={problems.from}>
        <DateInput value={from} onChange={setFrom} />
      </Field>
      <Field label="To" error={problems.to}>
        <DateInput value={to} onChange={setTo} />
      </Field>
      <button type="submit">Show</button>
    </form>
  );
}
