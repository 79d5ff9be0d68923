import { api } from '../../api/client';
import { Page } from '../../ui/page';
import { Loaded } from '../../ui/states';
import { useResource } from '../../ui/use-resource';
import { LagNotice } from './home-sections';
import { VIEW_NAMES, plural, type Lagging } from './home-data';

interface Status {
  projections: (Lagging & { deadLetters: number })[];
}

/** Administrators manage staff and the views; they do not record, so their home is the views' health. */
export function AdminHome() {
  const status = useResource(() => api<Status>('/projections/status'), 'status');
  return (
    <Page title="Home" intro="Administrators manage the staff (chancery users …) and keep the views up to date; they do not record.">
      <Loaded resource={status} what="the state of the views">
        {(s) => {
          const lagging = s.projections.filter((p) => p.state !== 'live' || p.eventsBehind > 0);
          return (
            <>
              <LagNotice lagging={lagging} />
              <table>
                <caption>The views and how far behind the record they are</caption>
                <thead>
                  <tr>
                    <th scope="col">View</th>
                    <th scope="col">State</th>
                    <th scope="col">Behind</th>
                    <th scope="col">Set aside</th>
                  </tr>
                </thead>
                <tbody>
                  {s.projections.map((p) => (
                    <tr key={p.name}>
                      <th scope="row">{VIEW_NAMES[p.name] ?? p.name}</th>
                      <td>{p.state.replace('-', ' ')}</td>
                      <td>{p.eventsBehind ? plural(p.eventsBehind, 'change') : 'up to date'}</td>
                      <td>{p.deadLetters ? plural(p.deadLetters, 'event') : 'none'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
