import { Link } from 'react-router';
import { useSession } from '../session';
import { Page } from '../ui/page';

export function Home() {
  const { me } = useSession();
  return (
    <Page title="Chancery" intro={me ? `Signed in as ${me.id}, cleared for ${me.clearance} records.` : undefined}>
      <ul className="cards">
        <li>
          <Link to="/log/visit">Log a visit</Link>
          <p>A delegation, its head, the host country and dates; then its meetings.</p>
        </li>
        <li>
          <Link to="/log/meeting">Log a meeting</Link>
          <p>Who met whom, on which side, the topics discussed and the sources.</p>
        </li>
        <li>
          <Link to="/log/pledge">Record a pledge</Link>
          <p>What was promised at a meeting, its target, and who follows it up.</p>
        </li>
        <li>
          <Link to="/board">Follow-ups</Link>
          <p>Yours and your team's, overdue first; complete or reschedule in place.</p>
        </li>
        <li>
          <Link to="/partners">Partnerships</Link>
          <p>Engagements, pledges and open follow-ups between two parties.</p>
        </li>
        <li>
          <Link to="/history">Record history</Link>
          <p>Who recorded what and when, and a record as it was known on a given day.</p>
        </li>
      </ul>
    </Page>
  );
}
