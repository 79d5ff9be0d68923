import { NavLink, Route, Routes } from 'react-router';
import { FollowUpBoard } from './pages/board';
import { FromPressRelease } from './pages/from-press-release';
import { BriefingIndex, BriefingPage } from './pages/briefing-page';
import { DossierIndex, DossierPage } from './pages/dossier-page';
import { History } from './pages/history';
import { Home } from './pages/home';
import { LogMeeting } from './pages/log-meeting';
import { LogVisit } from './pages/log-visit';
import { MapPage } from './pages/map-page';
import { PartnershipPage } from './pages/partnership';
import { Partnerships } from './pages/partnerships';
import { RecordDocument } from './pages/record-document';
import { RecordPage } from './pages/record-page';
import { RecordPledge } from './pages/record-pledge';
import { RegisterPage } from './pages/register-page';
import { SignIn } from './pages/sign-in';
import { TimelinePage } from './pages/timeline-page';
import { SearchPage } from './pages/search/search-page';
import { RequireSession, useSession } from './session';
import { Page } from './ui/page';
import { SearchBox } from './ui/search-box';

const NAV = [
  ['/log/visit', 'Log a visit'],
  ['/log/meeting', 'Log a meeting'],
  ['/log/pledge', 'Record a pledge'],
  ['/from-press-release', 'From a press release'],
  ['/board', 'Follow-ups'],
  ['/partners', 'Partnerships'],
  ['/dossier', 'Dossiers'],
  ['/engagement-timeline', 'Timeline'],
  ['/pledge-register', 'Pledge register'],
  ['/engagement-map', 'Map'],
  ['/briefing', 'Briefing pack'],
  ['/history', 'Record history'],
] as const;

// Client paths never reuse an API path (/meetings, /partnerships, /search, /home…): a reload must reach the app, not the API.
export function App() {
  const { token, me, signOut } = useSession();
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <NavLink to="/" className="brand">
          Chancery
        </NavLink>
        {token && (
          <nav aria-label="Main">
            <ul>
              {NAV.map(([to, label]) => (
                <li key={to}>
                  <NavLink to={to}>{label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {token && <SearchBox />}
        {token && (
          <div className="who">
            <span>{me ? `${me.id} (${me.roles.join(', ')})` : '…'}</span>
            <button type="button" onClick={signOut}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main">
        <Routes>
          <Route path="/sign-in" element={<SignIn />} />
          <Route path="/" element={<RequireSession><Home /></RequireSession>} />
          <Route path="/log/visit" element={<RequireSession><LogVisit /></RequireSession>} />
          <Route path="/log/meeting" element={<RequireSession><LogMeeting /></RequireSession>} />
          <Route path="/log/pledge" element={<RequireSession><RecordPledge /></RequireSession>} />
          <Route path="/log/document" element={<RequireSession><RecordDocument /></RequireSession>} />
          <Route path="/from-press-release" element={<RequireSession><FromPressRelease /></RequireSession>} />
          <Route path="/board" element={<RequireSession><FollowUpBoard /></RequireSession>} />
          <Route path="/partners" element={<RequireSession><Partnerships /></RequireSession>} />
          <Route path="/partners/:party/:counterpart" element={<RequireSession><PartnershipPage /></RequireSession>} />
          <Route path="/dossier" element={<RequireSession><DossierIndex /></RequireSession>} />
          <Route path="/dossier/:kind/:id" element={<RequireSession><DossierPage /></RequireSession>} />
          <Route path="/engagement-timeline" element={<RequireSession><TimelinePage /></RequireSession>} />
          <Route path="/pledge-register" element={<RequireSession><RegisterPage /></RequireSession>} />
          <Route path="/engagement-map" element={<RequireSession><MapPage /></RequireSession>} />
          <Route path="/briefing" element={<RequireSession><BriefingIndex /></RequireSession>} />
          <Route path="/briefing/:kind/:id" element={<RequireSession><BriefingPage /></RequireSession>} />
          <Route path="/records/:kind/:id" element={<RequireSession><RecordPage /></RequireSession>} />
          <Route path="/find" element={<RequireSession><SearchPage /></RequireSession>} />
          <Route path="/history" element={<RequireSession><History /></RequireSession>} />
          <Route path="/history/:kind/:id" element={<RequireSession><History /></RequireSession>} />
          <Route path="*" element={<Page title="Page not found"><p className="state empty">There is no page here. Use the menu or the search above.</p></Page>} />
        </Routes>
      </main>
    </>
  );
}
