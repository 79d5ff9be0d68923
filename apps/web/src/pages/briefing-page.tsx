import '../ui/chart-styles.css';
import { Link, useParams } from 'react-router';
import { useSession } from '../session';
import { formatDay } from '../ui/dates';
import type { Profile } from '../ui/dossier-data';
import { EngagementList, FollowUpList, IndicatorList, PeopleList, PledgeTable, PostList, QuoteList } from '../ui/dossier-sections';
import { Page } from '../ui/page';
import { Empty, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { codeLabel } from '../ui/words';
import { loadProfile, MeetingList, PartyChooser } from './dossier-page';
import '../ui/briefing-print.css';

/** How many of each fit one A4 page beside the others; the dossier and the register hold the rest. */
const SHOWN = { engagements: 5, pledges: 5, followUps: 5, quotes: 3, indicators: 4 };

export function BriefingIndex() {
  return (
    <Page title="Briefing pack" intro="One printable page on a counterpart before a meeting: last engagements, open pledges and follow-ups, key people, recent quotes and figures.">
      <PartyChooser to="briefing" label="Prepare the briefing pack" />
    </Page>
  );
}

/** A counterpart's briefing pack: one A4 page that prints as it shows (print CSS in briefing-print.css). */
export function BriefingPage() {
  const { kind = '', id = '' } = useParams();
  const profile = useResource(() => loadProfile(kind, id), `${kind}/${id}`);
  const name = profile.data?.name;
  return (
    <Page title={name ? `Briefing pack: ${name}` : 'Briefing pack'}>
      <Loaded resource={profile} what="the briefing pack">
        {(p) => (p ? <Briefing profile={p} /> : <Empty>Nothing is on record under this name, or you are not cleared to see it.</Empty>)}
      </Loaded>
    </Page>
  );
}

function Briefing({ profile: p }: { profile: Profile }) {
  const { me } = useSession();
  const today = new Date().toISOString().slice(0, 10);
  // Those falling due first (overdue ones at the top), then the newest of those with no date.
  const openPledges = p.pledges
    .filter((x) => x.status === 'open')
    .sort((a, b) => (a.targetDate && b.targetDate ? String(a.targetDate).localeCompare(String(b.targetDate)) : a.targetDate ? -1 : b.targetDate ? 1 : String(b.pledgedOn).localeCompare(String(a.pledgedOn))));
  const openFollowUps = p.followUps.filter((f) => f.status === 'open').sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)));
  return (
    <article className="briefing">
      <header className="briefing-head">
        <p className="muted">
          {codeLabel(p.kind)} · prepared on {formatDay(today)}
          {me ? ` by ${me.id}` : ''} · for internal use
        </p>
        <p className="no-print row">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <Link to={`/dossier/${p.kind}/${encodeURIComponent(p.id)}`}>The full dossier</Link>
        </p>
      </header>
      <section aria-labelledby="b-engagements">
        <h2 id="b-engagements">Last engagements</h2>
        {p.kind === 'person' ? (
          <MeetingList meetings={p.meetings} person={p.id} shown={SHOWN.engagements} />
        ) : (
          <EngagementList compact items={p.engagements.slice(0, SHOWN.engagements)} empty="No meeting, visit or pledge is on record." />
        )}
      </section>
      {(p.kind !== 'person' || openPledges.length > 0) && (
        <section aria-labelledby="b-pledges">
          <h2 id="b-pledges">Open pledges</h2>
          <PledgeTable pledges={openPledges.slice(0, SHOWN.pledges)} empty="No open pledge." />
          {openPledges.length > SHOWN.pledges && <p className="muted">And {openPledges.length - SHOWN.pledges} more in the pledge register.</p>}
        </section>
      )}
      <div className="two">
        <section aria-labelledby="b-followups">
          <h2 id="b-followups">Open follow-ups</h2>
          <FollowUpList items={openFollowUps.slice(0, SHOWN.followUps)} empty="No follow-up is open." />
        </section>
        <section aria-labelledby="b-people">
          <h2 id="b-people">{p.kind === 'person' ? 'Current titles' : 'Key people'}</h2>
          {p.kind === 'person' ? <PostList posts={p.posts.filter((x) => !x.to)} /> : <PeopleList people={p.keyPeople} current empty="No one is on record with a current title." />}
        </section>
      </div>
      <div className="two">
        <section aria-labelledby="b-quotes">
          <h2 id="b-quotes">Recent quotes</h2>
          <QuoteList quotes={p.quotes.slice(0, SHOWN.quotes)} empty="No quote is on record." />
        </section>
        <section aria-labelledby="b-indicators">
          <h2 id="b-indicators">Indicators</h2>
          <IndicatorList items={p.indicators.slice(0, SHOWN.indicators)} empty="No figure is on record." />
        </section>
      </div>
    </article>
  );
}
