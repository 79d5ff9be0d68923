import { Link, useParams } from 'react-router';
import { api, ApiError, readQuery } from '../api/client';
import type { ListPage, Page as Paged, Partnership, PledgeRegisterItem } from '../api/types';
import { labelOf, MEETING_FORMATS, PLEDGE_LEVELS } from '../api/vocabulary';
import { formatDay } from '../ui/dates';
import { Page } from '../ui/page';
import { PartyName, usePartyName } from '../ui/party-name';
import { QuarterChart } from '../ui/quarter-chart';
import { Empty, Loaded } from '../ui/states';
import { assigneeLabel } from '../ui/team-staff';
import { useResource } from '../ui/use-resource';
import { useTopicLabel } from '../ui/topic-label';
import { codeLabel, countryName } from '../ui/words';

interface View {
  detail: Partnership | null;
  pledges: PledgeRegisterItem[];
  /** What tells an untitled meeting apart: where it was held (`Meeting in Luxembourg on 14 October 2024`). */
  untitled: Map<string, string>;
}

/**
 * Pledges of the partnership: those between the two parties, and those made at one of their
 * meetings by a third party (SES promising Kazakhstan connectivity during the Luxembourg visit).
 */
async function load(party: string, counterpart: string): Promise<View> {
  const page = await api<Partnership>(`/partnerships/${encodeURIComponent(party)}/${encodeURIComponent(counterpart)}${readQuery({ limit: 500 })}`).catch((e) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  });
  if (!page) return { detail: page, pledges: [], untitled: new Map() };
  // The page holds the first 500 of each list: the chart and the lists shown need all of them.
  const [engagements, followUps, keyPeople] = await Promise.all([whole(page.engagements), whole(page.followUps), whole(page.keyPeople)]);
  const detail: Partnership = { ...page, engagements: { ...page.engagements, ...engagements }, followUps: { ...page.followUps, ...followUps }, keyPeople };
  const [a, b] = detail.parties.map((p) => p.party);
  const meetings = new Set(detail.engagements.items.filter((e) => e.kind === 'meeting').map((e) => e.recordId));
  const pages = await Promise.all(
    [{ beneficiary: a }, { beneficiary: b }, { pledger: a }, { pledger: b }].map((q) => api<Paged<PledgeRegisterItem>>(`/pledges/register${readQuery({ ...q, limit: 500 })}`)),
  );
  const byId = new Map<string, PledgeRegisterItem>();
  for (const p of pages.flatMap((page) => page.items)) {
    const between = (p.pledger === a && p.beneficiary === b) || (p.pledger === b && p.beneficiary === a);
    if (between || (p.meetingId && meetings.has(p.meetingId))) byId.set(p.pledgeId, p);
  }
  return { detail, pledges: [...byId.values()].sort((x, y) => y.pledgedOn.localeCompare(x.pledgedOn)), untitled: await untitledNames(detail) };
}

async function untitledNames(detail: Partnership): Promise<Map<string, string>> {
  const untitled = detail.engagements.items.filter((e) => !e.title && e.kind === 'meeting');
  const named = await Promise.all(
    untitled.map((e) =>
      api<{ place: { city: string; country: string } | null }>(`/meetings/${e.recordId}`).then(
        ({ place }): [string, string] => [e.recordId, `Meeting${place ? ` in ${place.city || countryName(place.country)}` : ''} on ${formatDay(e.date)}`],
        (): [string, string] => [e.recordId, `Meeting on ${formatDay(e.date)}`],
      ),
    ),
  );
  return new Map(named);
}

/** Every item of a list inside an answer, following its `next` pages. */
async function whole<T>(list: ListPage<T>): Promise<ListPage<T>> {
  const items = [...list.items];
  for (let next = list.next; next;) {
    const page = await api<ListPage<T>>(next);
    items.push(...page.items);
    next = page.next;
  }
  return { ...list, items, next: null };
}

export function PartnershipPage() {
  const { party = '', counterpart = '' } = useParams();
  const view = useResource(() => load(party, counterpart), `${party}/${counterpart}`);
  const [partyName, counterpartName] = [usePartyName(party), usePartyName(counterpart)];
  const title = view.data?.detail ? view.data.detail.parties.map((p) => p.name ?? countryName(p.party)).join(' – ') : `${partyName} – ${counterpartName}`;
  return (
    <Page title={title}>
      <Loaded resource={view} what="the partnership">
        {({ detail, pledges, untitled }) =>
          detail ? (
            <Detail detail={detail} pledges={pledges} untitled={untitled} />
          ) : (
            <Empty>
              Nothing is recorded between {partyName} and {counterpartName} that you are cleared to see.
            </Empty>
          )
        }
      </Loaded>
    </Page>
  );
}

function Detail({ detail, pledges, untitled }: { detail: Partnership; pledges: PledgeRegisterItem[]; untitled: Map<string, string> }) {
  const known = new Map(detail.parties.map((p) => [p.party, p.name ?? countryName(p.party)]));
  const topicLabel = useTopicLabel();
  const { engagements, followUps } = detail;
  return (
    <>
      <p className="summary">
        {engagements.count} engagement{engagements.count === 1 ? '' : 's'}
        {engagements.firstContact && ` from ${formatDay(engagements.firstContact)} to ${formatDay(engagements.lastContact)}`} · {pledges.length} pledge{pledges.length === 1 ? '' : 's'} ·{' '}
        {followUps.open} open follow-up{followUps.open === 1 ? '' : 's'}
        {followUps.overdue ? `, ${followUps.overdue} overdue` : ''}
      </p>
      <div className="columns">
        <section aria-labelledby="engagements-h">
          <h2 id="engagements-h">Engagements per quarter</h2>
          {engagements.items.length ? <QuarterChart dates={engagements.items.map((e) => e.date)} caption="Meetings and visits per calendar quarter" /> : <Empty>No engagements yet.</Empty>}
          <h2>Timeline</h2>
          <ol className="timeline">
            {engagements.items.map((e) => (
              <li key={e.recordId}>
                <time dateTime={e.date}>{formatDay(e.date)}</time>
                <div>
                  <Link to={`/records/${e.kind}/${e.recordId}`}>{e.title ?? untitled.get(e.recordId) ?? `${codeLabel(e.kind)} on ${formatDay(e.date)}`}</Link>
                  <small className="muted">
                    {' '}
                    {codeLabel(e.kind)}
                    {e.format ? `, ${labelOf(MEETING_FORMATS, e.format).toLowerCase()}` : ''}
                  </small>
                  {e.topics && e.topics.length > 0 && (
                    <ul className="tags" aria-label="Topics">
                      {e.topics.map((t) => (
                        <li key={t}>{topicLabel(t)}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="pledges-h">
          <h2 id="pledges-h">Pledges</h2>
          {pledges.length === 0 ? (
            <Empty>No pledges recorded.</Empty>
          ) : (
            <ul className="pledges">
              {pledges.map((p) => (
                <li key={p.pledgeId} className="card">
                  <div className="card-head">
                    <strong>
                      <PartyName id={p.pledger} known={known} /> → <PartyName id={p.beneficiary} known={known} />
                    </strong>
                    <span className={`badge status-${p.status}`}>{codeLabel(p.status)}</span>
                  </div>
                  <p>{p.commitment}</p>
                  <p className="muted">
                    {topicLabel(p.area)} · {labelOf(PLEDGE_LEVELS, p.level)} · pledged {formatDay(p.pledgedOn)}
                    {p.targetDate && ` · due ${formatDay(p.targetDate)}`} · <Link to={`/records/pledge/${p.pledgeId}`}>The pledge</Link> · <Link to={`/history/pledge/${p.pledgeId}`}>History</Link>
                  </p>
                  {p.targetAmount !== null && (
                    <div className="progress">
                      <progress max={p.targetAmount} value={p.achievedAmount ?? 0} aria-label={`Progress of the pledge: ${p.achievedAmount ?? 0} of ${p.targetAmount} ${p.targetUnit ?? ''}`} />
                      <span>
                        {p.achievedAmount ?? 0} of {p.targetAmount} {p.targetUnit}
                        {p.progress !== null && ` (${Math.round(p.progress * 100)}%)`}
                      </span>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h2>Open follow-ups</h2>
          {followUps.items.length === 0 ? (
            <Empty>No open follow-ups.</Empty>
          ) : (
            <ul className="board">
              {followUps.items.map((f) => (
                <li key={f.followUpId} className={`card${f.overdue ? ' overdue' : ''}`}>
                  <div className="card-head">
                    <strong>{f.action}</strong>
                    <span className="due">
                      {f.overdue && <span className="badge">Overdue</span>} due {formatDay(f.dueDate)}
                    </span>
                  </div>
                  <p className="muted">Assigned to {assigneeLabel(f.assignee)}</p>
                </li>
              ))}
            </ul>
          )}
          <h2>Key people</h2>
          {detail.keyPeople.items.length === 0 ? (
            <Empty>No people recorded at these engagements.</Empty>
          ) : (
            <ul className="people">
              {detail.keyPeople.items.map((p) => (
                <li key={`${p.side}|${p.personId}`}>
                  <Link to={`/records/person/${p.personId}`}>{p.name ?? p.personId}</Link>
                  {p.title && <small> — {p.title}</small>}{' '}
                  <small className="muted">
                    ({known.get(p.side) ?? countryName(p.side)}, {p.engagements}×)
                  </small>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
