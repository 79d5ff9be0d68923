import { Link } from 'react-router';
import { api, readQuery } from '../api/client';
import { MEETING_FORMATS, labelOf } from '../api/vocabulary';
import { formatPartialDate } from './dates';
import { Empty, Loaded } from './states';
import { useResource } from './use-resource';

interface VisitMeeting {
  recordId: string;
  date: string | null;
  title: string | null;
  summary: string | null;
  format: string | null;
  formatName: string | null;
}

/** The meetings held during a visit, newest first, each linked to its page; and the way to log another. */
export function VisitMeetings({ visitId, canRecord }: { visitId: string; canRecord: boolean }) {
  const meetings = useResource(() => api<{ items: VisitMeeting[] }>(`/visits/${visitId}/meetings${readQuery({})}`), visitId);
  return (
    <section aria-labelledby="visit-meetings">
      <h2 id="visit-meetings">Meetings during this visit</h2>
      <Loaded resource={meetings} what="the visit's meetings">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No meeting of this visit is on record yet.</Empty>
          ) : (
            <ul>
              {items.map((m) => (
                <li key={m.recordId}>
                  <Link to={`/records/meeting/${m.recordId}`}>{m.title ?? m.formatName ?? `${labelOf(MEETING_FORMATS, m.format) || 'Meeting'} of ${formatPartialDate(m.date, 'a date not stated')}`}</Link>
                  <small className="muted"> — {formatPartialDate(m.date, 'date not stated')}</small>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {canRecord && (
        <p>
          <Link to={`/log/meeting?visit=${visitId}`}>Log a meeting of this visit</Link>
        </p>
      )}
    </section>
  );
}
