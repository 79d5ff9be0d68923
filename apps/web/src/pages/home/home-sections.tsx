import { useId } from 'react';
import { Link } from 'react-router';
import { formatDay, formatPartialDate } from '../../ui/dates';
import { kindLabel, pageOf } from '../../ui/search-links';
import { Empty } from '../../ui/states';
import { assigneeLabel } from '../../ui/team-staff';
import { plural, VIEW_NAMES, whenRecorded, type HomeData, type HomeFollowUps, type Lagging } from './home-data';

/** Says which views are behind the record, in words, so nobody mistakes a lag for a missing record. */
export function LagNotice({ lagging }: { lagging: Lagging[] }) {
  if (!lagging.length) return null;
  return (
    <div className="state warning" role="status">
      <p>
        <strong>Some figures may be missing the latest changes.</strong> These views are catching up with the record:
      </p>
      <ul>
        {lagging.map((l) => (
          <li key={l.name}>
            {VIEW_NAMES[l.name] ?? l.name}:{' '}
            {l.state === 'halted' || l.state === 'failing'
              ? 'stopped on an error; an administrator has been told on the status page'
              : `${l.eventsBehindAtLeast ? 'more than ' : ''}${plural(l.eventsBehind, 'change')} behind (about ${Math.max(1, Math.round(l.secondsBehind))} s)`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The day's numbers at a glance; each links to where they are worked on. */
export function Figures({ data }: { data: HomeData }) {
  const { mine, team } = data.followUps;
  const figures: [string, number, string, string][] = [
    ['My open follow-ups', mine.open, mine.overdue ? `${mine.overdue} overdue` : 'none overdue', '/board'],
    ["My team's open follow-ups", team.open, team.overdue ? `${team.overdue} overdue` : 'none overdue', '/board?scope=team'],
    ['Engagements in the next 30 days', data.engagements.total, `until ${formatDay(data.until)}`, '/engagement-timeline'],
    ['Pledge deadlines in the next 30 days', data.deadlines.total, `until ${formatDay(data.until)}`, '/pledge-register'],
  ];
  return (
    <ul className="home-figures" aria-label="At a glance">
      {figures.map(([label, n, note, to]) => (
        <li key={label}>
          <Link to={to}>
            <span className="home-figure">{n}</span> <span className="home-figure-label">{label}</span>
          </Link>
          <span className={note.endsWith('overdue') && !note.startsWith('none') ? 'home-overdue' : 'muted'}>{note}</span>
        </li>
      ))}
    </ul>
  );
}

export function FollowUpList({ title, list, me, empty, showAssignee }: { title: string; list: HomeFollowUps; me: string; empty: string; showAssignee?: boolean }) {
  // An id of its own: the title has spaces, and aria-labelledby reads spaces as a list of ids.
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="home-panel">
      <h2 id={heading}>{title}</h2>
      {list.items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="home-list">
          {list.items.map((f) => (
            <li key={f.followUpId} className={f.overdue ? 'overdue' : undefined}>
              <span className="home-date">
                {f.overdue && <span className="badge">Overdue</span>} due {formatDay(f.dueDate)}
              </span>
              {f.pledgeId ? <Link to={`/records/pledge/${f.pledgeId}`}>{f.action}</Link> : f.meetingId ? <Link to={`/records/meeting/${f.meetingId}`}>{f.action}</Link> : f.action}
              {showAssignee && <span className="muted"> — {assigneeLabel(f.assignee, me)}</span>}
            </li>
          ))}
        </ul>
      )}
      {list.open > list.items.length && (
        <p>
          <Link to="/board">All {list.open} on the follow-ups board</Link>
        </p>
      )}
    </section>
  );
}

export function ComingUp({ data }: { data: HomeData }) {
  return (
    <section aria-labelledby="coming-up-h" className="home-panel">
      <h2 id="coming-up-h">Coming up, until {formatDay(data.until)}</h2>
      <h3>Meetings and visits</h3>
      {data.engagements.items.length === 0 ? (
        <Empty>No meeting or visit is on record for the next 30 days.</Empty>
      ) : (
        <ul className="home-list">
          {data.engagements.items.map((e) => (
            <li key={e.id}>
              <span className="home-date">{formatDay(e.date)}</span>
              <Link to={pageOf(e)}>{e.title}</Link>
              <span className="muted"> — {kindLabel(e.kind).toLowerCase()}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Pledge deadlines</h3>
      {data.deadlines.items.length === 0 ? (
        <Empty>No open pledge falls due in the next 30 days.</Empty>
      ) : (
        <ul className="home-list">
          {data.deadlines.items.map((p) => (
            <li key={p.pledgeId}>
              <span className="home-date">{formatPartialDate(p.targetDate)}</span>
              <Link to={`/records/pledge/${p.pledgeId}`}>{p.commitment}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RecordedLately({ data, me }: { data: HomeData; me: string }) {
  return (
    <section aria-labelledby="recent-h" className="home-panel">
      <h2 id="recent-h">Recorded lately</h2>
      {data.recent.length === 0 ? (
        <Empty>Nothing is on record yet.</Empty>
      ) : (
        <ul className="home-list">
          {data.recent.map((r) => (
            <li key={r.id}>
              <span className="home-date">
                {kindLabel(r.kind)}, recorded by {r.recordedBy === me ? 'you' : r.recordedBy.replace(/^cli:/, '')} on {whenRecorded(r.recordedAt)}
              </span>
              <Link to={pageOf(r)}>{r.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
