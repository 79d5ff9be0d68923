/// <reference types="jest" />
// Beside the code it tests: the root typecheck leaves the web app (and its .tsx) to apps/web/tsconfig.json.
import { ApiError } from '../../api/client';
import { meetingDraft, type MeetingValue } from './meeting-draft';
import { pledgeDraft, type PledgeValue } from './pledge-draft';
import { visitDraft, type VisitValue } from './visit-draft';

/**
 * The ordinary forms opened on a draft's item ("From a press release"): what they are prefilled
 * with (parties and people by name, looked up in the directory), and the item's value they save.
 * The directory and the topics are the API's answers, faked at `fetch`.
 */
const DIRECTORY = [
  {
    kind: 'person',
    id: 'p-frieden',
    name: 'Luc Frieden',
    detail: 'Prime Minister (LUX)',
    classification: 'public',
  },
  {
    kind: 'organisation',
    id: 'o-ses',
    name: 'SES Broadband',
    detail: 'SES',
    classification: 'public',
  },
];
const TOPICS = [
  { slug: 'trade', label: 'Trade' },
  { slug: 'security', label: 'Security' },
];

beforeAll(() => {
  globalThis.fetch = (async (path: string) => {
    const url = new URL(path, 'http://web');
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const kinds = (url.searchParams.get('kinds') ?? '').split(',');
    const body =
      url.pathname === '/topics'
        ? TOPICS
        : {
            items: DIRECTORY.filter(
              (e) => kinds.includes(e.kind) && `${e.name} ${e.detail}`.toLowerCase().includes(q),
            ),
          };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as typeof fetch;
});

/** A save that keeps what it was given. */
function saved() {
  const values: Record<string, unknown>[] = [];
  return { values, save: async (value: Record<string, unknown>) => void values.push(value) };
}
const noop = () => undefined;
const IDS = /p-frieden|o-ses|\b(KAZ|LUX)\b/; // ids on record, and country codes

describe('a drafted meeting in the "Log a meeting" form', () => {
  const meeting: MeetingValue = {
    date: '2024-10',
    place: { city: 'Luxembourg', country: 'LUX' },
    format: 'video call',
    participants: [
      {
        name: 'Murat Nurtleu',
        title: 'Foreign Minister',
        organisation_or_country: 'Kazakhstan',
        side: 'KAZ',
      },
      {
        name: 'Luc Frieden',
        title: 'Prime Minister',
        organisation_or_country: 'Luxembourg',
        side: 'LUX',
      },
      {
        name: null,
        title: 'management of SES Broadband',
        organisation_or_country: 'SES',
        side: 'SES',
      },
    ],
    topics: ['trade', 'regional-cooperation'],
  };

  it('is prefilled in words: dates, countries, people and organisations by name, never an id or a code', async () => {
    const { initial } = await meetingDraft(meeting, 'Edit Meeting 1', saved().save, noop);
    expect(initial).toMatchObject({
      date: 'October 2024',
      city: 'Luxembourg',
      format: 'video-call',
      topics: ['trade', 'Regional cooperation'],
    });
    expect(initial.country?.name).toBe('Luxembourg');
    const [nurtleu, frieden, ses] = initial.participants;
    expect(nurtleu.party).toMatchObject({
      name: 'Murat Nurtleu',
      detail: 'not on record yet: recorded with the draft',
    });
    expect(frieden.party).toMatchObject({ kind: 'person', id: 'p-frieden', name: 'Luc Frieden' }); // the one on record
    expect(ses).toMatchObject({ party: null, title: 'management of SES Broadband' });
    expect(initial.participants.map((p) => p.side?.name)).toEqual([
      'Kazakhstan',
      'Luxembourg',
      'SES Broadband',
    ]);
    const shown = initial.participants.flatMap((p) => [
      p.party?.name,
      p.party?.detail,
      p.side?.name,
      p.side?.detail,
      p.title,
    ]);
    expect(shown.filter((words) => words && IDS.test(words))).toEqual([]);
  });

  it('saved unchanged, is the value the draft proposed', async () => {
    const { values, save } = saved();
    const edit = await meetingDraft(meeting, 'Edit Meeting 1', save, noop);
    await edit.save(edit.initial);
    expect(values).toEqual([meeting]);
  });

  it('saves what the officer changed in the release’s shape', async () => {
    const { values, save } = saved();
    const edit = await meetingDraft(meeting, 'Edit Meeting 1', save, noop);
    const [nurtleu, frieden] = edit.initial.participants;
    await edit.save({
      ...edit.initial,
      date: '14 October 2024',
      city: 'Senningen',
      format: 'bilateral',
      participants: [nurtleu, { ...frieden, title: 'Prime Minister of Luxembourg' }],
      topics: [...edit.initial.topics, 'security', 'Space'],
    });
    expect(values[0]).toEqual({
      date: '2024-10-14',
      place: { city: 'Senningen', country: 'LUX' },
      format: 'bilateral',
      participants: [
        meeting.participants[0],
        { ...meeting.participants[1], title: 'Prime Minister of Luxembourg' },
      ],
      topics: ['trade', 'regional-cooperation', 'Security', 'Space'],
    });
  });

  it('refuses what a draft cannot hold, beside the field', async () => {
    const edit = await meetingDraft(meeting, 'Edit Meeting 1', saved().save, noop);
    const problems = edit.check({ ...edit.initial, date: 'Q4 2024', format: 'negotiation-round' });
    expect(problems.date).toMatch(/^A draft holds a day, a month or a year/);
    expect(problems.format).toMatch(/^A draft records a bilateral or multilateral meeting/);
    const several = await meetingDraft(
      {
        ...meeting,
        participants: [{ ...meeting.participants[0], side: 'KAZ+LUX' }, meeting.participants[1]],
      },
      'Edit',
      saved().save,
      noop,
    );
    expect(several.initial.participants[0].side?.name).toBe('Kazakhstan and Luxembourg');
    expect(several.check(several.initial)['participants[0].side']).toBe(
      'Choose the one side this participant represented',
    );
  });

  it("names the API's refusals by the form's fields", async () => {
    const refuse = async () => {
      throw new ApiError(400, 'VALIDATION_FAILED', 'Invalid', {
        'value.participants[1].name': 'must be text',
        'value.place.country': 'must be text',
        'value.date': 'not a date',
      });
    };
    const edit = await meetingDraft(meeting, 'Edit Meeting 1', refuse, noop);
    const error = await edit.save(edit.initial).catch((e: ApiError) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(Object.keys((error as ApiError).fields).sort()).toEqual([
      'date',
      'participants[1].party',
      'place',
    ]);
  });
});

describe('a drafted pledge in the "Record a pledge" form', () => {
  const pledge: PledgeValue = {
    by: 'SES+Sarens',
    to: 'KAZ',
    area: 'security, regional cooperation (Central Asia, Caspian)',
    what: 'provide 328 settlements with internet',
    level: 'intent',
    quantity: { value: 328, unit: 'settlements' },
    amount: { value: 1_000_000_000, currency: 'USD', qualifier: 'some (approximate)' },
    target_date: '2026',
    status: 'expressed',
  };

  it('is prefilled: parties on record or countries by name, the rest as the release words them', async () => {
    const { initial } = await pledgeDraft(pledge, 'Edit Pledge 1', saved().save, noop);
    expect(initial.pledgers.map((p) => p.name)).toEqual(['SES Broadband']);
    expect(initial.pledgerGroup).toBe('Sarens'); // not on record: the group the commit records
    expect(initial.beneficiaries.map((p) => p.name)).toEqual(['Kazakhstan']);
    expect(initial).toMatchObject({
      areas: ['security', 'regional cooperation (Central Asia, Caspian)'],
      commitment: pledge.what,
      level: 'expressed-intent',
      targetDate: '2026',
    });
    expect(
      initial.targets.map(({ kind, qualifier, figure, unit }) => [kind, qualifier, figure, unit]),
    ).toEqual([
      ['amount', 'some', '1000000000', 'USD'],
      ['quantity', '', '328', 'settlements'],
    ]);
  });

  it('saved unchanged, is the value the draft proposed; changed, carries the change', async () => {
    const { values, save } = saved();
    const edit = await pledgeDraft(pledge, 'Edit Pledge 1', save, noop);
    await edit.save(edit.initial);
    expect(values[0]).toEqual(pledge);
    await edit.save({
      ...edit.initial,
      pledgerGroup: '',
      level: 'firm-commitment',
      targets: edit.initial.targets.slice(1),
      targetDate: 'March 2027',
    });
    expect(values[1]).toEqual({
      ...pledge,
      by: 'SES',
      level: 'commitment',
      amount: null,
      target_date: '2027-03',
    });
  });

  it('refuses a rating, a second sum and a total, which a draft cannot hold', async () => {
    const edit = await pledgeDraft(pledge, 'Edit Pledge 1', saved().save, noop);
    const [amount, quantity] = edit.initial.targets;
    const problems = edit.check({
      ...edit.initial,
      targets: [
        amount,
        { ...amount, key: 'k2' },
        { ...quantity, ofTotal: '400' },
        { ...quantity, key: 'k4', kind: 'rating' },
      ],
    });
    expect(problems['targets[0]']).toBe('');
    expect(problems['targets[1]']).toMatch(/^A draft holds one sum of money and one count/);
    expect(problems['targets[2]']).toMatch(/^A draft holds no total/);
    expect(problems['targets[3]']).toMatch(/^A draft holds no rating/);
  });
});

describe('a drafted visit in the "Log a visit" form', () => {
  const visit: VisitValue = {
    delegation_of: 'KAZ',
    head: { name: 'Murat Nurtleu', title: 'Foreign Minister' },
    host_country: 'LUX',
    start: '2024-10-14',
    end: '2024-10-14',
    kind: 'planned: working visit',
  };

  it('is prefilled in words, a kind not listed as its purpose, and saved unchanged is the same value', async () => {
    const { values, save } = saved();
    const edit = await visitDraft(visit, 'Edit Visit 1', save, noop);
    expect(edit.initial).toMatchObject({
      kind: '',
      purpose: 'planned: working visit',
      headTitle: 'Foreign Minister',
      startDate: '14 October 2024',
    });
    expect([edit.initial.sentBy?.name, edit.initial.host?.name, edit.initial.head?.name]).toEqual([
      'Kazakhstan',
      'Luxembourg',
      'Murat Nurtleu',
    ]);
    await edit.save(edit.initial);
    await edit.save({ ...edit.initial, kind: 'official', purpose: '', endDate: '15 October 2024' });
    expect(values).toEqual([visit, { ...visit, kind: 'official visit', end: '2024-10-15' }]);
  });
});
