import '../ui/chart-styles.css';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, query } from '../api/client';
import type { DirectoryEntry, PartyKind } from '../api/types';
import { profileOf, type Profile } from '../ui/dossier-data';
import { useMeetingNames } from '../ui/dossier-meetings';
import { EngagementList, IndicatorList, PeopleList, PledgeTable, PostList, QuoteList } from '../ui/dossier-sections';
import { Page } from '../ui/page';
import { PickOne } from '../ui/pickers';
import type { Picked } from '../ui/directory';
import { Empty, Loaded } from '../ui/states';
import { formatWhen } from '../ui/timeline-words';
import { useResource } from '../ui/use-resource';
import { codeLabel, countryName } from '../ui/words';

const KINDS: PartyKind[] = ['country', 'organisation', 'person'];

/** A party's kind: a country by its code; anyone else as the directory knows them. */
export async function kindOf(kind: string, id: string): Promise<PartyKind | null> {
  if (KINDS.includes(kind as PartyKind)) return kind as PartyKind;
  if (/^[A-Za-z]{3}$/.test(id)) return 'country';
  const { items } = await api<{ items: DirectoryEntry[] }>(`/directory${query({ q: id, limit: 5 })}`);
  const found = items.find((e) => e.id === id);
  return found && KINDS.includes(found.kind as PartyKind) ? (found.kind as PartyKind) : null;
}

export async function loadProfile(kind: string, id: string): Promise<Profile | null> {
  const k = await kindOf(kind, id);
  if (!k) return null;
  const profile = await profileOf(k, k === 'country' ? id.toUpperCase() : id);
  return profile && k === 'country' ? { ...profile, name: countryName(profile.id) } : profile;
}

/** Choose whose dossier (or briefing pack) to open. */
export function PartyChooser({ to, label }: { to: 'dossier' | 'briefing'; label: string }) {
  const navigate = useNavigate();
  const [picked, setPicked] = useState<Picked | null>(null);
  return (
    <form
      className="row"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) navigate(`/${to}/${picked.kind}/${encodeURIComponent(picked.id)}`);
      }}
    >
      <PickOne label="Country, organisation or person" kinds={KINDS} value={picked} onChange={setPicked} />
      <button type="submit" disabled={!picked}>
        {label}
      </button>
    </form>
  );
}

export function DossierIndex() {
  return (
    <Page title="Dossiers" intro="What is on record about a country, an organisation or a person: titles over time, engagements, pledges, quotes and figures.">
      <PartyChooser to="dossier" label="Open the dossier" />
    </Page>
  );
}

export function DossierPage() {
  const { kind = '', id = '' } = useParams();
  const profile = useResource(() => loadProfile(kind, id), `${kind}/${id}`);
  const title = profile.data?.name ?? (profile.loading ? 'Dossier' : 'Dossier not found');
  return (
    <Page title={title}>
      <Loaded resource={profile} what="the dossier">
        {(p) => (p ? <Dossier profile={p} /> : <Empty>Nothing is on record under this name, or you are not cleared to see it.</Empty>)}
      </Loaded>
    </Page>
  );
}

function Dossier({ profile: p }: { profile: Profile }) {
  const nothing = !p.posts.length && !p.meetings.length && !p.quotes.length && !p.engagements.length && !p.pledges.length && !p.keyPeople.length && !p.indicators.length && !p.organisations.length;
  return (
    <>
      <p className="muted">
        {codeLabel(p.kind)}
        {p.facts.map(([label, value]) => ` · ${label}: ${label === 'Based in' || label === 'Nationality' ? countryName(value) : codeLabel(value)}`)}
      </p>
      <p className="row">
        <Link to={`/briefing/${p.kind}/${encodeURIComponent(p.id)}`}>Prepare a briefing pack</Link>
        {p.kind !== 'person' && <Link to={`/engagement-timeline?party=${encodeURIComponent(p.id)}`}>The whole timeline</Link>}
        <Link to={`/history/${p.kind}/${encodeURIComponent(p.id)}`}>Record history</Link>
      </p>
      {nothing && <Empty>Nothing has been recorded about {p.name} yet: no titles, engagements, pledges, quotes or figures.</Empty>}
      <div className="dossier-grid">
        {p.kind === 'person' && (
          <section aria-labelledby="titles-h">
            <h2 id="titles-h">Titles over time</h2>
            <PostList posts={p.posts} />
          </section>
        )}
        {p.kind !== 'person' && (
          <section aria-labelledby="people-h">
            <h2 id="people-h">People and their titles</h2>
            <PeopleList people={p.keyPeople} empty="No one is on record with a title here." />
          </section>
        )}
        {p.kind === 'country' && (
          <section aria-labelledby="orgs-h">
            <h2 id="orgs-h">Organisations based here</h2>
            {p.organisations.length ? (
              <ul className="people">
                {p.organisations.map((o) => (
                  <li key={o.organisationId}>
                    <Link to={`/dossier/organisation/${encodeURIComponent(o.organisationId)}`}>{o.name}</Link>
                    {o.sector && <span className="muted"> — {o.sector}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>No organisation based here is on record.</Empty>
            )}
          </section>
        )}
        <section aria-labelledby="engagements-h">
          <h2 id="engagements-h">Engagements</h2>
          {p.kind === 'person' ? <MeetingList meetings={p.meetings} person={p.id} /> : <EngagementList items={p.engagements.slice(0, 8)} empty="No meeting, visit or pledge is on record." />}
          {p.engagementsTotal > 8 && (
            <p>
              <Link to={`/engagement-timeline?party=${encodeURIComponent(p.id)}`}>All {p.engagementsTotal} engagements</Link>
            </p>
          )}
        </section>
        <section aria-labelledby="quotes-h">
          <h2 id="quotes-h">Quotes</h2>
          <QuoteList quotes={p.quotes.slice(0, 8)} empty="No quote is on record." />
        </section>
        {p.kind !== 'person' && (
          <section aria-labelledby="indicators-h">
            <h2 id="indicators-h">Indicators</h2>
            <IndicatorList items={p.indicators} empty="No figure (trade, investment, aid) is on record." />
          </section>
        )}
      </div>
      <section aria-labelledby="pledges-h">
        <h2 id="pledges-h">{p.kind === 'person' ? 'Pledges made at their meetings' : 'Pledges'}</h2>
        <PledgeTable pledges={p.pledges} empty={p.kind === 'person' ? 'No pledge was made at a meeting they attended.' : 'No pledge made by or to them is on record.'} />
        {p.kind !== 'person' && p.pledges.length > 0 && (
          <p>
            <Link to={`/pledge-register?pledger=${encodeURIComponent(p.id)}`}>Their pledges in the register, with compliance</Link>
          </p>
        )}
      </section>
    </>
  );
}

const MEETINGS_SHOWN = 12;

/** The meetings a person attended, newest first; an untitled one by who else was there and where. */
export function MeetingList({ meetings, person, shown = MEETINGS_SHOWN }: { meetings: Profile['meetings']; person: string; shown?: number }) {
  const first = meetings.slice(0, shown);
  const names = useMeetingNames(first.map((m) => ({ id: m.meetingId, title: m.title })), person);
  if (!meetings.length) return <Empty>No meeting attended is on record.</Empty>;
  return (
    <>
      <ol className="engagements">
        {first.map((m) => (
          <li key={m.meetingId}>
            <div className="when">
              <time dateTime={String(m.date)}>{formatWhen(m.date)}</time> · Meeting
            </div>
            <strong>{m.title ?? names.get(m.meetingId) ?? `Meeting on ${formatWhen(m.date)}`}</strong>
          </li>
        ))}
      </ol>
      {meetings.length > shown && <p className="muted">And {meetings.length - shown} earlier meetings.</p>}
    </>
  );
}
