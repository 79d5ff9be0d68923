import { useState } from 'react';
import { Link } from 'react-router';
import { api, readQuery } from '../api/client';
import type { Page as Paged, PartnershipSummary } from '../api/types';
import { formatDay } from '../ui/dates';
import type { Picked } from '../ui/directory';
import { Page } from '../ui/page';
import { PickOne } from '../ui/pickers';
import { Empty, Loaded } from '../ui/states';
import { useResource } from '../ui/use-resource';
import { countryName } from '../ui/words';

export function Partnerships() {
  const [party, setParty] = useState<Picked | null>(null);
  return (
    <Page title="Partnerships" intro="Choose a country or an organisation to see everyone it has engaged with, most engaged first.">
      <PickOne label="Party" kinds={['country', 'organisation']} value={party} onChange={setParty} />
      {party && <PartnerList party={party} />}
    </Page>
  );
}

function PartnerList({ party }: { party: Picked }) {
  const list = useResource(() => api<Paged<PartnershipSummary> & { party: string }>(`/partnerships${readQuery({ party: party.id, limit: 200 })}`), party.id);
  return (
    <Loaded resource={list} what="partnerships">
      {(page) =>
        page.items.length === 0 ? (
          <Empty>Nothing recorded yet between {party.name} and anyone.</Empty>
        ) : (
          <table>
            <caption>Partnerships of {party.name}</caption>
            <thead>
              <tr>
                <th scope="col">Counterpart</th>
                <th scope="col">Engagements</th>
                <th scope="col">Pledges</th>
                <th scope="col">First contact</th>
                <th scope="col">Last contact</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((p) => (
                <tr key={p.counterpart}>
                  <td>
                    <Link to={`/partners/${p.party}/${p.counterpart}`}>{p.counterpartName ?? countryName(p.counterpart)}</Link>
                  </td>
                  <td>{p.engagements}</td>
                  <td>{p.pledges}</td>
                  <td>{p.firstContact ? formatDay(p.firstContact) : '—'}</td>
                  <td>{p.lastContact ? formatDay(p.lastContact) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </Loaded>
  );
}
