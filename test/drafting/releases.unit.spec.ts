import { draftFromText } from '@chancery/drafting';
import { draft, words } from './support';

/** Whole made-up releases in the styles ministries write in, read end to end. */
describe('Drafting whole releases', () => {
  it('a readout with a headline, a spokesperson and a meeting "today"', () => {
    const text = [
      "Readout of Deputy Secretary Ortiz's Meeting with Peruvian Foreign Minister Vega",
      '',
      'The following is attributable to Spokesperson Ann Lee:',
      '',
      'Deputy Secretary of State Mark Ortiz met with Peruvian Foreign Minister Luis Vega today in Washington. The Deputy Secretary reaffirmed the United States’ commitment to the partnership. They discussed the United States’ plan to provide an additional $40 million for port security.',
    ].join('\n');
    const d = draftFromText(text, {
      published: '2024-10-14',
      url: 'https://www.state.gov/readout-of-deputy-secretary',
    });
    expect(d.meetings).toHaveLength(1);
    const [meeting] = d.meetings;
    expect(meeting.date.value).toBe('2024-10-14');
    expect(meeting.participants.map((p) => [p.name.value, p.side.value])).toEqual([
      ['Mark Ortiz', 'USA'],
      ['Luis Vega', 'PER'],
    ]);
    expect(meeting.participants[0].side.basis).toBe('publisher');
    expect(d.people.find((p) => p.name.value === 'Ann Lee')?.title.value).toBe('Spokesperson');
    expect(
      d.pledges.map((p) => [p.by.value, p.level.value, p.amount.value?.value ?? null]),
    ).toEqual([
      ['USA', 'commitment', null],
      ['USA', 'intent', 40_000_000],
    ]);
    expect(d.indicators).toEqual([]);
  });

  it('a counterpart, a welcome and a quote introduced by "said:"', () => {
    const text =
      'Minister for Foreign Affairs Aoife Byrne today welcomed the Foreign Minister of Ghana, Kofi Mensah, to Dublin. Later, Minister Byrne met her Kenyan counterpart Grace Wanjiru. Minister Byrne said: "Ghana and Kenya are valued partners for Ireland in Africa."';
    const d = draft(text, { publisher: 'Department of Foreign Affairs, Ireland' });
    expect(
      d.meetings.map((m) => m.participants.map((p) => `${p.name.value}/${p.side.value}`)),
    ).toEqual([
      ['Aoife Byrne/IRL', 'Kofi Mensah/GHA'],
      ['Aoife Byrne/IRL', 'Grace Wanjiru/KEN'],
    ]);
    expect(words(text, d.meetings[1].participants[1].title)).toBe('Kenyan counterpart');
    expect(d.statements[0].speaker.value).toBe('Aoife Byrne');
  });

  it('documents counted by number are agreements, not indicators; "is willing to" is an intent', () => {
    const d = draft(
      'On the afternoon of October 9, Chilean President Ana Soto met with visiting Peruvian Prime Minister Luis Vega in Santiago. Luis Vega said that Peru is willing to work with Chile on water management. The two sides signed 3 cooperation documents covering trade and fisheries.',
    );
    expect(d.meetings[0].date.value).toBe('2024-10-09');
    expect(d.pledges.filter((p) => p.level.value === 'agreement')).toHaveLength(3);
    expect(d.pledges.find((p) => p.level.value === 'intent')?.by.value).toBe('PER');
    expect(d.indicators).toEqual([]);
  });

  it('"the two leaders" at a dinner after the meeting join that meeting, not a new one', () => {
    const d = draft(
      'On 5 May 2023, Prime Minister of Japan Taro Sato held a summit meeting with H.E. Mr. Kim Min-jun, President of the Republic of Korea, in Seoul. Following the meeting, the two leaders attended a dinner hosted by President Kim.',
    );
    expect(d.meetings).toHaveLength(1);
    expect(d.meetings[0].participants.map((p) => p.side.value)).toEqual(['JPN', 'KOR']);
    expect(d.meetings[0].date.value).toBe('2023-05-05');
  });

  it('a meeting inside a visit of several days is not given the visit’s first day', () => {
    const d = draft(
      'The Foreign Minister of India, Dr. S. Rao, paid an official visit to Egypt from 15 to 17 October 2023. During the visit, he met Egyptian Foreign Minister Omar Nabil.',
    );
    expect(d.visits[0]).toMatchObject({
      start: { value: '2023-10-15' },
      end: { value: '2023-10-17' },
      host_country: { value: 'EGY' },
    });
    expect(d.meetings[0].participants.map((p) => `${p.name.value}/${p.side.value}`)).toEqual([
      'S. Rao/IND',
      'Omar Nabil/EGY',
    ]);
    expect(d.meetings[0].date).toMatchObject({ value: null, stated: false });
  });

  it('reads NZ$ as New Zealand dollars', () => {
    const d = draft(
      'Foreign Minister Helen Carter met Fijian Prime Minister Sitiveni Rabuka today. New Zealand will provide NZ$15 million for climate resilience.',
    );
    expect(d.pledges[0].amount.value).toEqual({
      value: 15_000_000,
      currency: 'NZD',
      qualifier: null,
    });
  });

  it('"the bilateral meeting of foreign ministers of A and B, X and Y, has started": each minister on their side', () => {
    const d = draft(
      'The bilateral meeting of foreign ministers of Chile and Peru Ana Soto and Luis Vega has started in Lima. Minister Soto reminded that Chile and Peru signed the agreement on border crossings.',
    );
    expect(d.meetings).toHaveLength(1);
    expect(d.meetings[0].participants.map((p) => `${p.name.value}/${p.side.value}`)).toEqual([
      'Ana Soto/CHL',
      'Luis Vega/PER',
    ]);
    expect(d.pledges.map((p) => [p.by.value, p.level.value])).toEqual([['CHL+PER', 'agreement']]);
  });

  it('a planned visit is a visit, not a pledge; "the G20 Foreign Ministers’ Meeting" is an event, not a participant', () => {
    const planned = draft(
      'Minister for Foreign Affairs Dr Ana Lim will make an official visit to Vietnam from 10 to 12 March 2025. During the visit, Minister Lim will call on Prime Minister Van Long. Minister Lim will be accompanied by officials.',
      { publisher: 'Ministry of Foreign Affairs, Singapore', published: '2025-03-07' },
    );
    expect(planned.pledges).toEqual([]);
    expect(planned.meetings).toEqual([]);
    expect(planned.visits[0]).toMatchObject({
      delegation_of: { value: 'SGP', basis: 'publisher' },
      host_country: { value: 'VNM' },
      start: { value: '2025-03-10' },
      end: { value: '2025-03-12' },
      kind: { value: 'planned: official' },
    });
    const sidelines = draft(
      "On March 3, Foreign Minister Ivan Petrov met with Minister of Foreign Affairs of India Ravi Kumar on the sidelines of the G20 Foreign Ministers' Meeting in New Delhi.",
      {
        publisher: 'Ministry of Foreign Affairs of the Russian Federation',
        published: '2023-03-03',
      },
    );
    expect(
      sidelines.meetings.map((m) => [m.format.value, m.participants.map((p) => p.side.value)]),
    ).toEqual([['bilateral', ['RUS', 'IND']]]);
  });

  it('an ambassador "of A to B", consultations between two countries and the delegations that led them', () => {
    const text = [
      'ASTANA, 14 March 2024 – Deputy Minister of Foreign Affairs of Kazakhstan Aliya Temirova received the newly appointed Ambassador of the Kingdom of Norway to Kazakhstan Lars Olsen.',
      '',
      'Temirova noted that Kazakhstan is interested in attracting Norwegian investment in renewable energy.',
      '',
      'Kazakhstan and Norway held political consultations in Astana. The Kazakh delegation was led by Temirova, and the Norwegian delegation by State Secretary Eivind Berg.',
    ].join('\n');
    const d = draft(text, {
      publisher: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
      published: '2024-03-14',
    });
    expect(
      d.meetings.map((m) => [
        m.date.value,
        m.participants.map((p) => `${p.name.value}/${p.side.value}`),
      ]),
    ).toEqual([
      ['2024-03-14', ['Aliya Temirova/KAZ', 'Lars Olsen/NOR']],
      [null, ['Aliya Temirova/KAZ', 'Eivind Berg/NOR']],
    ]);
    expect(d.pledges.map((p) => [p.by.value, p.level.value])).toEqual([['KAZ', 'intent']]);
  });

  it('"X received Y, who arrived in Astana on an official visit": Y heads the visit; "the Head of State said" is X', () => {
    const text =
      'Head of State Aibek Sadykov received Prime Minister of Hungary Gabor Kiss, who arrived in Astana on an official visit. "We highly value the friendship between our peoples," the Head of State said.';
    const d = draft(text, {
      publisher: 'Akorda, the website of the President of the Republic of Kazakhstan',
    });
    expect(
      d.visits.map((v) => [
        v.head.name.value,
        v.delegation_of.value,
        v.host_country.value,
        v.kind.value,
      ]),
    ).toEqual([['Gabor Kiss', 'HUN', 'KAZ', 'official']]);
    expect(d.meetings[0].participants.map((p) => `${p.name.value}/${p.side.value}`)).toEqual([
      'Aibek Sadykov/KAZ',
      'Gabor Kiss/HUN',
    ]);
    expect(d.statements[0].speaker.value).toBe('Aibek Sadykov');
  });
});
