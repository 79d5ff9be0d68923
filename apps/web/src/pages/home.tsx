import { Link } from 'react-router';
import { api, readQuery } from '../api/client';
import { useSession } from '../session';
import { formatDay } from '../ui/dates';
import { Page } from '../ui/page';
import { Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { AdminHome } from './home/home-admin';
import { type HomeData } from './home/home-data';
import { ComingUp, Figures, FollowUpList, LagNotice, RecordedLately } from './home/home-sections';
import '../ui/home-styles.css';

/** What each role comes here to do, first. */
const SHORTCUTS: Record<string, [string, string][]> = {
  recorder: [
    ['/log/visit', 'Log a visit'],
    ['/log/meeting', 'Log a meeting'],
    ['/log/pledge', 'Record a pledge'],
  ],
  analyst: [
    ['/pledge-register', 'Pledge register'],
    ['/engagement-map', 'Map of engagements'],
    ['/briefing', 'Prepare a briefing pack'],
  ],
  auditor: [['/history', 'Record history']],
};

export function Home() {
  const { me } = useSession();
  if (me && me.roles.every((role) => role === 'admin')) return <AdminHome />;
  return <StaffHome />;
}

function StaffHome() {
  const { me } = useSession();
  const home = useResource(() => api<HomeData>(`/home${readQuery({})}`), 'home');
  const shortcuts = (me?.roles ?? []).flatMap((role) => SHORTCUTS[role] ?? []);
  return (
    <Page title="Home" intro={me ? <Intro /> : undefined}>
      {shortcuts.length > 0 && (
        <nav aria-label="Shortcuts" className="home-shortcuts">
          <ul>
            {shortcuts.map(([to, label]) => (
              <li key={to}>
                <Link to={to}>{label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Loaded resource={home} what="your day">
        {(data) => (
          <>
            <LagNotice lagging={data.lagging} />
            <p className="muted">Today is {formatDay(data.today)}.</p>
            <Figures data={data} />
            <div className="home-columns">
              <FollowUpList title="My open follow-ups" list={data.followUps.mine} me={me?.id ?? ''} empty="Nothing open is assigned to you." />
              <FollowUpList
                title={data.desks.length ? `My team's open follow-ups (${data.desks.map((d) => `${d} desk`).join(', ')})` : "My team's open follow-ups"}
                list={data.followUps.team}
                me={me?.id ?? ''}
                showAssignee
                empty={data.desks.length ? 'Nothing open is assigned to your desk or your colleagues on it.' : 'You are on no desk yet: ask an administrator to put you on yours.'}
              />
              <ComingUp data={data} />
              <RecordedLately data={data} me={me?.id ?? ''} />
            </div>
          </>
        )}
      </Loaded>
    </Page>
  );
}

function Intro() {
  const { me } = useSession();
  if (!me) return null;
  const desks = me.desks?.length ? `, ${me.desks.map((d) => `${d} desk`).join(' and ')}` : '';
  return (
    <>
      Signed in as {me.id}
      {desks}; cleared for {me.clearance} records.
    </>
  );
}
