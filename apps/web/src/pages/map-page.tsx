import '../ui/chart-styles.css';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, readQuery } from '../api/client';
import { DateInput } from '../ui/date-input';
import { dayProblem, formatDay, parseDay } from '../ui/dates';
import { Field } from '../ui/field';
import { CountryTable, WorldMap } from '../ui/map-world';
import { Page } from '../ui/page';
import { Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { countryName } from '../ui/words';

interface PerCountry {
  records: number;
  items: { country: string; engagements: number }[];
}

/** `from 1 January 2024 to 31 December 2024`, `since 1 January 2024`, `on record`. */
function periodWords(from: string, to: string): string {
  if (from && to) return `${formatDay(from)} to ${formatDay(to)}`;
  if (from) return `since ${formatDay(from)}`;
  if (to) return `up to ${formatDay(to)}`;
  return 'at any time';
}

/** A world map of engagements (meetings, visits, pledges) per country over a chosen period. */
export function MapPage() {
  const [params, setParams] = useSearchParams();
  const [from, to, kind] = ['from', 'to', 'kind'].map((k) => params.get(k) ?? '');
  const data = useResource(() => api<PerCountry>(`/engagements/per-country${readQuery({ from, to, kind })}`), params.toString());
  const period = periodWords(from, to);
  return (
    <Page title="Map of engagements" intro="How many meetings, visits and pledges named each country over a period.">
      <PeriodForm initial={{ from, to, kind }} onApply={(next) => setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v)))} />
      <Loaded resource={data} what="the map">
        {(d) => (
          <>
            <p className="summary" role="status">
              {d.records === 0 ? `Nothing is on record ${period}.` : `${d.records} engagement${d.records === 1 ? '' : 's'} ${period}, naming ${d.items.length} countr${d.items.length === 1 ? 'y' : 'ies'}.`}
            </p>
            <WorldMap counts={d.items} period={period} />
            {d.items.length > 0 && (
              <>
                <h2>Countries, most engaged first</h2>
                <CountryTable counts={d.items} />
                <p className="muted">
                  Open a country’s dossier: {d.items.slice(0, 8).map((c, i) => (
                    <span key={c.country}>
                      {i > 0 && ', '}
                      <Link to={`/dossier/country/${c.country}`}>{countryName(c.country)}</Link>
                    </span>
                  ))}
                </p>
              </>
            )}
          </>
        )}
      </Loaded>
    </Page>
  );
}

function PeriodForm({ initial, onApply }: { initial: { from: string; to: string; kind: string }; onApply: (p: Record<string, string>) => void }) {
  const [from, setFrom] = useState(initial.from ? formatDay(initial.from) : '');
  const [to, setTo] = useState(initial.to ? formatDay(initial.to) : '');
  const [kind, setKind] = useState(initial.kind);
  const [problems, setProblems] = useState<{ from?: string; to?: string }>({});
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const found = { from: dayProblem(from, null) ?? undefined, to: dayProblem(to, null) ?? undefined };
    const [f, t] = [parseDay(from) ?? '', parseDay(to) ?? ''];
    if (!found.from && !found.to && f && t && t < f) found.to = 'The end comes before the start';
    setProblems(found);
    if (!found.from && !found.to) onApply({ from: f, to: t, kind });
  };
  return (
    <form className="filters" onSubmit={apply} noValidate aria-label="Period">
      <Field label="From" error={problems.from}>
        <DateInput value={from} onChange={setFrom} />
      </Field>
      <Field label="To" error={problems.to}>
        <DateInput value={to} onChange={setTo} />
      </Field>
      <Field label="Kind">
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">Meetings, visits and pledges</option>
          <option value="meeting">Meetings</option>
          <option value="visit">Visits</option>
          <option value="pledge">Pledges</option>
        </select>
      </Field>
      <button type="submit">Show the map</button>
    </form>
  );
}
