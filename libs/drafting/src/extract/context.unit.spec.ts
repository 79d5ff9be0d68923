import { draftFromText } from '../draft-from-text';
import type { Gazetteer, Proposed } from '../draft.types';
import { COMMON_ORGANISATIONS } from '../gazetteer/organisations';

/** Made-up releases: the directory knows two companies, as a deployment's would. */
const gazetteer: Gazetteer = {
  organisations: [
    { name: 'Nordfrakt', code: 'Nordfrakt' },
    { name: 'Helio Orbit', acronym: 'HOS', code: 'HOS' },
    ...COMMON_ORGANISATIONS,
  ],
};
const draft = (text: string, published = '2025-03-05') =>
  draftFromText(text, { published, publisher: 'Ministry of Foreign Affairs of Chile' }, gazetteer);
const words = (text: string, p: Proposed<unknown>) =>
  p.span ? text.slice(p.span[0], p.span[1]) : null;

const VISIT =
  'SANTIAGO – Chilean Foreign Minister Pablo Rojas paid an official visit to Norway on 4 March.\n\n';

describe('A release read in its context', () => {
  it('gives a title as the post, the party it names being the side', () => {
    const text = `${VISIT}Rojas met with Norway’s Prime Minister Kari Dahl and with Ola Berg, chief executive of Nordfrakt, and with the President of the Asian Development Bank Mei Tan.`;
    const d = draft(text);
    const titles = d.people.map((p) => [p.name.value, p.title.value, p.side.value]);
    expect(titles).toEqual([
      ['Pablo Rojas', 'Foreign Minister', 'CHL'],
      ['Kari Dahl', 'Prime Minister', 'NOR'],
      ['Ola Berg', 'chief executive', 'Nordfrakt'],
      ['Mei Tan', 'President', 'ADB'],
    ]);
    expect(words(text, d.people[1].title)).toBe('Prime Minister');
    expect(d.visits[0].head.title.value).toBe('Foreign Minister');
  });

  it('places a visit’s meetings in the host country, never in a country named for another reason', () => {
    const text = `${VISIT}Rojas met Ola Berg, chief executive of Nordfrakt, to discuss expanding its routes in Chile.`;
    const [meeting] = draft(text).meetings;
    expect(meeting.date).toMatchObject({ value: '2025-03-04', basis: 'visit' });
    expect(meeting.place.country).toMatchObject({ value: 'NOR', basis: 'visit' });
    // the text names the country, not the city: the draft does not guess it
    expect(meeting.place.city.stated).toBe(false);
  });

  it('keeps a place the text gives the meeting in the host country', () => {
    const text = `${VISIT}Rojas met Prime Minister Kari Dahl in Oslo.`;
    const [meeting] = draft(text).meetings;
    expect(meeting.place.city).toMatchObject({ value: 'Oslo', stated: true });
    expect(meeting.place.country.value).toBe('NOR');
  });

  it('drafts a meeting with an organisation’s representatives under a meetings heading', () => {
    const text = `${VISIT}Business meetings\n\nRojas met Ola Berg, chief executive of Nordfrakt, to discuss new routes.\n\nRepresentatives of Helio Orbit, a satellite operator, expressed interest in connecting 40 schools in Chile.\n\nRepresentatives of Helio Orbit also noted their plans for a ground station.`;
    const d = draft(text);
    const withHelio = d.meetings.filter((m) => m.participants.some((p) => p.side.value === 'HOS'));
    expect(withHelio).toHaveLength(1);
    expect(withHelio[0]).toMatchObject({
      date: { value: '2025-03-04' },
      format: { value: 'bilateral' },
      place: { country: { value: 'NOR' } },
    });
    expect(
      withHelio[0].participants.map((p) => [p.name.value, p.title.value, p.side.value]),
    ).toEqual([
      ['Pablo Rojas', 'Foreign Minister', 'CHL'],
      [null, 'Representatives', 'HOS'],
    ]);
    // and what they expressed stays a pledge
    expect(d.pledges.map((p) => [p.by.value, p.level.value, p.what.value])).toContainEqual([
      'HOS',
      'intent',
      'connect 40 schools in Chile',
    ]);
  });

  it('drafts no meeting of a group outside a meetings heading', () => {
    const text = `${VISIT}Rojas met Kari Dahl.\n\nRepresentatives of Helio Orbit expressed interest in connecting 40 schools in Chile.`;
    const d = draft(text);
    expect(d.meetings.filter((m) => m.participants.some((p) => p.side.value === 'HOS'))).toEqual(
      [],
    );
  });

  it('titles the people of a part of an organisation with the part’s name', () => {
    const text = `${VISIT}During the talks with the management of Helio Orbit Europe, the sides discussed satellite links.`;
    const [meeting] = draft(text).meetings;
    expect(meeting.participants[1]).toMatchObject({
      name: { value: null },
      title: { value: 'management of Helio Orbit Europe' },
      side: { value: 'HOS' },
    });
  });

  it('reads a meeting with a company to discuss the prospects of its work as the company’s intent', () => {
    const text = `${VISIT}Rojas met Ola Berg, chief executive of Nordfrakt, to discuss the prospects for opening a shipping line to Chile.`;
    const [pledge] = draft(text).pledges;
    expect(pledge).toMatchObject({
      by: { value: 'Nordfrakt' },
      to: { value: 'CHL' },
      level: { value: 'intent' },
      what: { value: 'open a shipping line to Chile' },
    });
  });

  it('reads no pledge when governments discuss prospects', () => {
    const text = `${VISIT}Rojas met Kari Dahl to discuss the prospects for expanding trade between Chile and Norway.`;
    expect(draft(text).pledges).toEqual([]);
  });

  it('words a pledge without its "to" and without a comment on it', () => {
    const text = `${VISIT}Rojas met Kari Dahl. She expressed readiness to support Chile in modernising its ports, seeing great potential for joint work.`;
    const [pledge] = draft(text).pledges;
    expect(pledge.what.value).toBe('support Chile in modernising its ports');
  });

  it('measures a figure’s subject, since a year until the day it was said', () => {
    const text = `${VISIT}Rojas met Kari Dahl. Since 2010, the stock of Norwegian investment in Chile has reached $1.2 billion.`;
    const [figure] = draft(text).indicators;
    expect(figure.what.value).toBe('stock of Norwegian investment in Chile');
    expect(words(text, figure.what)).toBe(figure.what.value);
    expect(figure.period_or_as_of).toMatchObject({
      value: 'since 2010, as of 2025-03-04',
      basis: 'context',
    });
  });

  it('takes the publication date as the end of a "since" period no meeting dates', () => {
    const text =
      'SANTIAGO – Since 2010, the stock of Norwegian investment in Chile has reached $1.2 billion, the Foreign Minister said.';
    const [figure] = draft(text).indicators;
    expect(figure.period_or_as_of).toMatchObject({
      value: 'since 2010, as of 2025-03-05',
      basis: 'publication date',
    });
  });
});

describe('A release read in its context: what it does not change', () => {
  it('keeps a meeting in the country the text gives, on a visit to two', () => {
    const text =
      'SANTIAGO – Chilean Foreign Minister Pablo Rojas paid an official visit to Norway and Sweden from 3 to 6 March.\n\nIn Stockholm, Rojas met Foreign Minister Eva Lund of Sweden.';
    const meeting = draft(text).meetings.find((m) =>
      m.participants.some((p) => p.name.value === 'Eva Lund'),
    )!;
    expect(meeting.place.country.value).toBe('SWE');
  });

  it('names a figure by its own clause, not the sentence’s first', () => {
    const text = `${VISIT}Trade between the two countries reached $1.5 billion in 2023, and 120 Norwegian companies operate in Chile.`;
    const whats = draft(text).indicators.map((i) => i.what.value);
    expect(whats[0]).toBe('Trade between the two countries');
    expect(whats[1]).not.toBe('Trade between the two countries');
  });
});

describe('Titles and short readouts', () => {
  it('strips the country from any title it leads, and keeps a body named by an alias', () => {
    const text =
      'LIMA – Peruvian External Trade Minister Rosa Quispe received the Vice-President of the European Commission Piotr Novak on 3 March 2025.';
    const d = draft(text);
    expect(d.people.map((p) => [p.name.value, p.title.value, p.side.value])).toEqual([
      ['Rosa Quispe', 'External Trade Minister', 'PER'],
      ['Piotr Novak', 'Vice-President of the European Commission', 'EU'],
    ]);
  });

  it('drafts a one-line readout of a head of government receiving a president', () => {
    const d = draft(
      'OSLO – Norwegian Prime Minister Kari Dahl received Chilean President Luis Vega on 3 March.',
    );
    expect(d.status).toBe('drafted');
    expect(d.meetings).toHaveLength(1);
  });
});

describe('Visits worded as a verb', () => {
  it('reads "X visited <country> on <day>" as a visit, its meetings dated and placed by it', () => {
    const text =
      'SANTIAGO – Chilean Foreign Minister Pablo Rojas visited Norway on 4 March.\n\nRojas met Ola Berg, chief executive of Nordfrakt, to discuss new routes.\n\nHe also visited the National Museum.';
    const d = draft(text);
    expect(d.visits).toHaveLength(1);
    expect(d.visits[0]).toMatchObject({
      delegation_of: { value: 'CHL' },
      head: { name: { value: 'Pablo Rojas' } },
      host_country: { value: 'NOR' },
      start: { value: '2025-03-04' },
      kind: { stated: false },
    });
    expect(d.meetings[0]).toMatchObject({
      date: { value: '2025-03-04' },
      place: { country: { value: 'NOR' } },
    });
  });
});

describe('Long forms and reporting clauses', () => {
  it('drops a state’s long form with its name from a title', () => {
    const d = draft(
      'Prime Minister of the Democratic Socialist Republic of Sri Lanka Ranil Perera held talks with Secretary of Foreign Affairs of the Republic of the Philippines Ana Cruz on 3 March.',
    );
    expect(d.people.map((p) => [p.title.value, p.side.value])).toEqual([
      ['Prime Minister', 'LKA'],
      ['Secretary of Foreign Affairs', 'PHL'],
    ]);
  });

  it('leaves the reporting clause out of what is pledged', () => {
    const d = draft(
      'OSLO – Norwegian Prime Minister Kari Dahl met Chilean President Luis Vega on 3 March. Norway will provide $20 million for green energy projects in Chile, Dahl announced.',
    );
    expect(d.pledges.map((p) => p.what.value)).toEqual([
      '$20 million for green energy projects in Chile',
    ]);
  });
});
