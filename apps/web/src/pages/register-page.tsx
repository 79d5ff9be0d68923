import '../ui/chart-styles.css';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, query, readQuery } from '../api/client';
import type { Page as Paged, PledgeRegisterItem } from '../api/types';
import { nameOf, type Picked } from '../ui/directory';
import { PartyLink, PledgeTable } from '../ui/dossier-sections';
import { Field } from '../ui/field';
import { Page } from '../ui/page';
import { PickOne } from '../ui/pickers';
import { ComplianceChart, LevelStatusChart } from '../ui/register-charts';
import { downloadCsv } from '../ui/register-csv';
import { pledgersOf } from '../ui/register-parties';
import { Empty, ErrorNotice, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { useTopicLabel } from '../ui/topic-label';

interface Compliance {
  items: { pledger: string; area: string; due: number; fulfilled: number; compliance: number | null }[];
  total: number;
  today: string;
}

const SHOWN = 50;

async function load(filters: Record<string, string>) {
  const [register, compliance] = await Promise.all([
    api<Paged<PledgeRegisterItem>>(`/pledges/register${readQuery({ ...filters, limit: 500 })}`),
    api<Compliance>(`/pledges/compliance${readQuery({ pledger: filters.pledger, beneficiary: filters.beneficiary, limit: 500 })}`),
  ]);
  const parties = [...new Set(register.items.flatMap(pledgersOf))];
  const names = new Map(await Promise.all(parties.map(async (id): Promise<[string, string]> => [id, await nameOf(id)])));
  return { register, compliance, names };
}

/** The pledge register with its charts and compliance, filtered; each list downloads as CSV. */
export function RegisterPage() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(['pledger', 'beneficiary', 'status'].map((k) => [k, params.get(k) ?? '']).filter(([, v]) => v));
  const data = useResource(() => load(filters), params.toString());
  const [downloadError, setDownloadError] = useState<Error | null>(null);
  const download = (path: string, name: string) => {
    setDownloadError(null);
    downloadCsv(path, name).catch(setDownloadError);
  };
  return (
    <Page title="Pledge register" intro="Every pledge on record, how far each has come, and who keeps their word.">
      <RegisterFilters
        initial={filters}
        onApply={(next) => setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v)))}
      />
      <p className="row">
        <button type="button" onClick={() => download(`/pledges/register${query({ ...filters, limit: 500 })}`, 'pledge-register.csv')}>
          Download the register (CSV)
        </button>
        <button type="button" onClick={() => download(`/pledges/compliance${query({ pledger: filters.pledger, beneficiary: filters.beneficiary, limit: 500 })}`, 'pledge-compliance.csv')}>
          Download compliance (CSV)
        </button>
      </p>
      {downloadError && <ErrorNotice error={downloadError} />}
      <Loaded resource={data} what="the register">
        {({ register, compliance, names }) => (
          <>
            <p className="summary" role="status">
              {register.total === 0 ? 'No pledge matches.' : `${register.total} pledge${register.total === 1 ? '' : 's'}${register.total > register.items.length ? `; the charts count the latest ${register.items.length}` : ''}.`}
            </p>
            <div className="charts">
              <LevelStatusChart pledges={register.items} />
              <ComplianceChart pledges={register.items} today={compliance.today} names={names} />
            </div>
            <h2>Compliance by who pledged and area</h2>
            <ComplianceTable rows={compliance.items} />
            <h2>Pledges</h2>
            <PledgeTable pledges={register.items.slice(0, SHOWN)} empty="No pledge matches these filters." />
            {register.items.length > SHOWN && <p className="muted">The first {SHOWN} are shown; the CSV holds up to 500.</p>}
          </>
        )}
      </Loaded>
    </Page>
  );
}

function ComplianceTable({ rows }: { rows: Compliance['items'] }) {
  const topicLabel = useTopicLabel();
  if (!rows.length) return <Empty>No pledge has fallen due yet: compliance is counted once a pledge is fulfilled, lapses or passes its date.</Empty>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Who pledged</th>
          <th scope="col">Area</th>
          <th scope="col" className="num">Due</th>
          <th scope="col" className="num">Fulfilled</th>
          <th scope="col" className="num">Compliance</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.pledger}-${r.area}`}>
            <td>
              <PartyLink id={r.pledger} />
            </td>
            <td>{topicLabel(r.area)}</td>
            <td className="num">{r.due}</td>
            <td className="num">{r.fulfilled}</td>
            <td className="num">{r.compliance === null ? '—' : `${Math.round(r.compliance * 100)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RegisterFilters({ initial, onApply }: { initial: Record<string, string>; onApply: (f: Record<string, string>) => void }) {
  const [pledger, setPledger] = useState<Picked | null>(null);
  const [beneficiary, setBeneficiary] = useState<Picked | null>(null);
  const [status, setStatus] = useState(initial.status ?? '');
  // A register opened filtered (a link, a reload) shows the parties it is filtered by in its pickers.
  useEffect(() => {
    let live = true;
    const chosen = async (id: string | undefined, set: (p: Picked) => void) => {
      if (id) set({ kind: /^[A-Z]{3}$/.test(id) ? 'country' : 'organisation', id, name: await nameOf(id), detail: null, classification: '' });
    };
    void chosen(initial.pledger, (p) => live && setPledger(p));
    void chosen(initial.beneficiary, (p) => live && setBeneficiary(p));
    return () => {
      live = false;
    };
  }, [initial.pledger, initial.beneficiary]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onApply({ pledger: pledger?.id ?? '', beneficiary: beneficiary?.id ?? '', status });
  };
  return (
    <form className="filters" onSubmit={apply} noValidate aria-label="Filters">
      <PickOne label="Who pledged" kinds={['country', 'organisation']} value={pledger} onChange={setPledger} />
      <PickOne label="For whose benefit" kinds={['country', 'organisation']} value={beneficiary} onChange={setBeneficiary} />
      <Field label="Status">
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">Any status</option>
          <option value="open">Open</option>
          <option value="fulfilled">Fulfilled</option>
          <option value="lapsed">Lapsed</option>
          <option value="withdrawn">Withdrawn</option>
        </select>
      </Field>
      <button type="submit">Show</button>
    </form>
  );
}
