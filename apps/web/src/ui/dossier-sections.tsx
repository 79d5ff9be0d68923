import { Link } from 'react-router';
import type { FollowUpItem, PledgeRegisterItem } from '../api/types';
import { labelOf, PLEDGE_LEVELS } from '../api/vocabulary';
import type { Indicator, Post, Quote, TimelineItem } from './dossier-data';
import { useMeetingNames } from './dossier-meetings';
import { PartyName } from './party-name';
import { Empty } from './states';
import { engagementKind, engagementSummary, engagementTitle, formatFigure, formatPeriod, formatWhen } from './timeline-words';
import { beneficiariesOf, pledgersOf } from './register-parties';
import { useTopicLabel } from './topic-label';
import { codeLabel } from './words';

/** A party's name linking to its dossier: a country by its code, anyone else by the directory. */
export function PartyLink({ id, kind }: { id: string; kind?: string }) {
  const k = kind ?? (/^[A-Z]{3}$/.test(id) ? 'country' : 'party');
  return (
    <Link to={`/dossier/${k}/${encodeURIComponent(id)}`}>
      <PartyName id={id} />
    </Link>
  );
}

/** Several parties in a sentence: `Kazakhstan, SES Broadband and Luxembourg`. */
export function PartyList({ ids }: { ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && (i === ids.length - 1 ? ' and ' : ', ')}
          <PartyLink id={id} />
        </span>
      ))}
    </>
  );
}

export function EngagementList({ items, empty, compact }: { items: TimelineItem[]; empty: string; compact?: boolean }) {
  const topicLabel = useTopicLabel();
  const meetingNames = useMeetingNames(items.map((e) => ({ id: e.recordId, kind: e.kind, title: e.title })));
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <ol className={`engagements${compact ? ' compact' : ''}`}>
      {items.map((e) => (
        <li key={`${e.recordId}-${e.date}`}>
          <div className="when">
            <time dateTime={String(e.date)}>{formatWhen(e.date)}</time> · {engagementKind(e.kind)}
            {e.counterparts?.length > 0 && (
              <>
                {' '}
                with <PartyList ids={e.counterparts} />
              </>
            )}
          </div>
          <strong>{meetingNames.get(e.recordId) ?? engagementTitle(e)}</strong>
          {engagementSummary(e) && <p className="gist">{engagementSummary(e)}</p>}
          {!compact && e.topics?.length > 0 && (
            <ul className="tags" aria-label="Topics">
              {e.topics.map((t, i) => (
                <li key={t} className="tag">
                  {e.topicLabels?.[i] ?? topicLabel(t)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export function PledgeTable({ pledges, empty }: { pledges: PledgeRegisterItem[]; empty: string }) {
  if (!pledges.length) return <Empty>{empty}</Empty>;
  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Promise</th>
          <th scope="col">Who to whom</th>
          <th scope="col">Level</th>
          <th scope="col">Status</th>
          <th scope="col">Pledged</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {pledges.map((p) => (
          <tr key={p.pledgeId}>
            <td>{p.commitment}</td>
            <td>
              <PartyList ids={pledgersOf(p)} /> to <PartyList ids={beneficiariesOf(p)} />
            </td>
            <td>{labelOf(PLEDGE_LEVELS, p.level)}</td>
            <td>{codeLabel(String(p.status ?? ''))}</td>
            <td>{formatWhen(p.pledgedOn)}</td>
            <td>{p.targetDate ? formatWhen(p.targetDate) : 'No date set'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FollowUpList({ items, empty }: { items: FollowUpItem[]; empty: string }) {
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <ul className="actions">
      {items.map((f) => (
        <li key={f.followUpId}>
          {f.action} — {f.assignee}, due {formatWhen(f.dueDate)}
          {f.overdue && <span className="badge"> Overdue</span>}
        </li>
      ))}
    </ul>
  );
}

/** `since 1 January 2023`, `1 January 2019 to 30 June 2023`. */
export function tenure(from: unknown, to: unknown): string {
  if (from && to) return `${formatWhen(from)} to ${formatWhen(to)}`;
  if (from) return `since ${formatWhen(from)}`;
  if (to) return `until ${formatWhen(to)}`;
  return '';
}

/** People and their titles, one line a person: current titles first, then the ones held before. */
export function PeopleList({ people, empty, current }: { people: Post[]; empty: string; current?: boolean }) {
  const byPerson = new Map<string, Post[]>();
  for (const p of people) {
    if (current && p.to) continue;
    const key = p.personId ?? p.name ?? '';
    byPerson.set(key, [...(byPerson.get(key) ?? []), p]);
  }
  if (!byPerson.size) return <Empty>{empty}</Empty>;
  return (
    <ul className="people">
      {[...byPerson].map(([key, posts]) => {
        const first = posts[0];
        const now = posts.filter((p) => !p.to);
        const before = posts.filter((p) => p.to);
        return (
          <li key={key}>
            {first.personId ? <Link to={`/dossier/person/${first.personId}`}>{first.name ?? <PartyName id={first.personId} />}</Link> : first.name}
            {now.length > 0 && <>, {now.map((p) => p.title + (current || !p.from ? '' : ` (${tenure(p.from, null)})`)).join('; ')}</>}
            {!current && before.length > 0 && (
              <span className="muted">
                {now.length ? '; formerly ' : ', formerly '}
                {before.map((p) => `${p.title} (${tenure(p.from, p.to)})`).join('; ')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A person's titles over time, newest first, with where each was held. */
export function PostList({ posts }: { posts: Post[] }) {
  if (!posts.length) return <Empty>No title is on record for this person.</Empty>;
  const newestFirst = [...posts].sort((a, b) => String(b.from ?? '').localeCompare(String(a.from ?? '')));
  return (
    <ul className="people">
      {newestFirst.map((p, i) => (
        <li key={i}>
          <strong>{p.title}</strong>
          {p.at && (
            <>
              {' '}
              at <PartyLink id={p.at} />
            </>
          )}
          <span className="muted"> — {tenure(p.from, p.to) || 'dates not recorded'}</span>
        </li>
      ))}
    </ul>
  );
}

export function QuoteList({ quotes, empty }: { quotes: Quote[]; empty: string }) {
  if (!quotes.length) return <Empty>{empty}</Empty>;
  return (
    <div>
      {quotes.map((q) => (
        <blockquote key={q.statementId} className="quote">
          <p>“{q.text}”</p>
          <footer className="muted">
            {q.speakerId && (
              <>
                <Link to={`/dossier/person/${q.speakerId}`}>
                  <PartyName id={q.speakerId} />
                </Link>
                ,{' '}
              </>
            )}
            {formatWhen(q.saidOn)}
            {q.form && q.form !== 'statement' ? ` (${codeLabel(q.form).toLowerCase()})` : ''}
          </footer>
        </blockquote>
      ))}
    </div>
  );
}

export function IndicatorList({ items, empty }: { items: Indicator[]; empty: string }) {
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <ul className="people">
      {items.map((i) => (
        <li key={i.recordId}>
          {codeLabel(String(i.measures ?? '').replace(/[:\s]+$/, ''))}: <strong>{formatFigure(i.figure)}</strong> <span className="muted">
            ({formatPeriod(i.period)}
            {i.between && (
              <>
                ; with <PartyName id={i.between} />
              </>
            )}
            )
          </span>
        </li>
      ))}
    </ul>
  );
}
