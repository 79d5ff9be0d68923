import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Send } from '../../../apps/cli/src/import/importer';
import { runImport } from '../../../apps/cli/src/import/run-import';
import { injectClient, notingPositions } from '../record/inject-client';
import { createTestApp, type TestApp } from '../../support/test-app';
import { Analyst, commitmentOf, hasMoney, money, quantity, type Json } from './ask';

/**
 * The `questions` of the twelve press releases (shared/press-releases), asked of the record after
 * `chancery import` has recorded every file (and the seed visit's, in the same shape), as an analyst would: through the read models
 * (timeline, partnership pages, pledge register, dossiers) and the records they name. Each test
 * asserts the facts of the file's answer, never its prose.
 */
const DIR = join(__dirname, '../../../../shared/press-releases');
const SEED = join(__dirname, '../../import/fixtures/00-kz-lu-nurtleu-luxembourg.expected.json');
const releases = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
/** The seed visit in the same shape: its organisations (SES, Cargolux…) are not on record here. */
const files = [{ name: '00-seed', text: readFileSync(SEED, 'utf8') }, ...releases];

const questions = files.flatMap((f) => JSON.parse(f.text).questions.map((q: { q: string }) => q.q));

/** A question of a file, asked word for word: the first test checks none is left out. */
const asked = new Set<string>();
const question = (words: string, test: () => Promise<void>) => {
  asked.add(words);
  it(words, test);
};

describe('the press releases’ questions, asked of the record they were imported into', () => {
  let t: TestApp;
  let ask: Analyst;
  let imported: string;

  beforeAll(async () => {
    t = await createTestApp();
    let last = 0;
    const http = injectClient(t.app, await t.tokenFor(['recorder', 'analyst', 'auditor']));
    const send: Send = notingPositions(http, (p) => (last = Math.max(last, p)));
    const lines: string[] = [];
    await runImport(send, files, { check: false }, (line) => lines.push(line));
    imported = lines.join('\n');
    ask = new Analyst(send, () => last);
  }, 600_000);
  afterAll(() => t?.close());

  it('asks every question of the twelve files and the seed, and the import was refused nothing', () => {
    expect(files).toHaveLength(13);
    expect(questions.filter((q) => !asked.has(q))).toEqual([]);
    expect(imported).not.toMatch(/refused/);
  });

  describe('00 the seed visit: Nurtleu in Luxembourg', () => {
    question("When and where did Nurtleu meet Luxembourg's Prime Minister?", async () => {
      const meeting = await ask.lastMeetingOf('Murat Nurtleu', 'Luc Frieden');
      expect(meeting).toMatchObject({
        date: '2024-10-14',
        format: 'bilateral',
        place: { city: null, country: 'LUX' },
      });
      const nurtleu = await ask.person('Murat Nurtleu');
      const visits = (await ask.visitsOf('LUX')).filter((v) => v.delegation.headId === nurtleu);
      expect(visits).toEqual([
        expect.objectContaining({
          kind: 'official',
          startDate: '2024-10-14',
          endDate: '2024-10-14',
        }),
      ]);
    });

    question('What did Luxembourg say it was ready to do for Kazakhstan?', async () => {
      const luxembourg = await ask.pledges('pledger=LUX&beneficiary=KAZ');
      expect(luxembourg).toHaveLength(2);
      for (const words of [
        'modernising key sectors',
        'international security and sustainable development',
      ])
        expect(commitmentOf(luxembourg, words)).toMatchObject({
          level: 'expressed-intent',
          targets: [],
        });
    });

    question('How much has Luxembourg invested in Kazakhstan?', async () => {
      const [inflow] = await ask.search('direct investment from Luxembourg', 'indicator');
      expect(inflow).toMatchObject({
        figure: { amount: 2_900_000_000, currency: 'USD' },
        period: { from: '2005', to: '2024-10-14' },
      });
    });
  });

  describe('01 Lavrov–Tleuberdi video conference', () => {
    question(
      'When did Lavrov and Tleuberdi last hold talks according to this text, and in what format?',
      async () => {
        const talks = await ask.lastMeetingOf('Sergey Lavrov', 'Mukhtar Tleuberdi');
        expect(talks).toMatchObject({ date: '2020-06-09', format: 'video-call', place: null });
      },
    );

    question(
      'Which upcoming Kazakhstan-Russia events were mentioned in the June 2020 talks?',
      async () => {
        const talks = await ask.lastMeetingOf('Sergey Lavrov', 'Mukhtar Tleuberdi');
        expect(await ask.topicWords(talks.topics)).toEqual(
          expect.arrayContaining([
            '17th Russia-Kazakhstan Interregional Cooperation Forum (autumn 2020)',
            "Tokayev's attendance of the 75th Victory anniversary ceremonies in Moscow on 24 June",
          ]),
        );
        const tokayev = await ask.person('Kassym-Jomart Tokayev');
        const toRussia = (await ask.visitsOf('KAZ')).filter(
          (v) => v.delegation.headId === tokayev && v.hostCountry === 'RUS',
        );
        expect(toRussia).toHaveLength(1);
        expect(toRussia[0].purpose).toContain('75th anniversary of Victory');
        const culture = commitmentOf(
          await ask.pledges('beneficiary=KAZ'),
          'Days of Russian Culture in Kazakhstan',
        );
        expect(culture).toMatchObject({ targetDate: '2020', level: 'expressed-intent' });
        expect(culture.pledgers).toEqual(expect.arrayContaining(['RUS', 'KAZ']));
      },
    );

    question('Did Russia commit any funding to Kazakhstan in these talks?', async () => {
      const russia = await ask.pledges('pledger=RUS&beneficiary=KAZ');
      commitmentOf(russia, 'Days of Russian Culture');
      commitmentOf(russia, 'Russian university branches');
      expect(russia.filter(hasMoney)).toEqual([]);
    });
  });

  describe('02 Abdrakhmanov–Pompeo call', () => {
    question(
      "When did Kazakhstan's foreign minister last speak with the U.S. Secretary of State according to this text, and how?",
      async () => {
        const call = await ask.lastMeetingOf('Kairat Abdrakhmanov', 'Michael Pompeo');
        expect(call).toMatchObject({ date: '2018-06-28', format: 'call' });
      },
    );

    question(
      "What progress was reported on the outcomes of Nazarbayev's January 2018 visit to the U.S.?",
      async () => {
        const nazarbayev = await ask.person('Nursultan Nazarbayev');
        const visit = (await ask.visitsOf('USA')).find((v) => v.delegation.headId === nazarbayev);
        expect(visit).toMatchObject({ startDate: '2018-01', endDate: '2018-01', kind: 'official' });
        const arrangements = commitmentOf(
          await ask.pledges('pledger=USA'),
          "President Nazarbayev's official visit to the U.S.",
        );
        expect(arrangements.pledgers).toEqual(expect.arrayContaining(['KAZ', 'USA']));
        expect(arrangements.level).toBe('signed-agreement');
        const pledge = await ask.open(`/pledges/${arrangements.pledgeId}`);
        expect(pledge.progress).toEqual([
          expect.objectContaining({
            note: expect.stringContaining('consistent implementation'),
          }),
        ]);
      },
    );

    question('Which third countries came up in the call?', async () => {
      const call = await ask.lastMeetingOf('Kairat Abdrakhmanov', 'Michael Pompeo');
      expect(await ask.topicWords(call.topics)).toEqual(
        expect.arrayContaining([
          'North Korean nuclear programme / denuclearization of the Korean Peninsula',
          'stabilisation and sustainable development of Afghanistan',
        ]),
      );
      const afghanistan = await ask.partnership('KAZ', 'AFG');
      expect(afghanistan.pledges.items).toEqual([
        expect.objectContaining({
          commitment: "educational programme for Afghan students at Kazakhstan's universities",
        }),
      ]);
    });
  });

  describe('03 OTS Council of Foreign Ministers', () => {
    const councilMeeting = async () => {
      const nurtleu = await ask.dossier('Murat Nurtleu');
      const opened = await Promise.all(
        nurtleu.meetings.map((m: Json) => ask.open(`/meetings/${m.meetingId}`)),
      );
      const multilateral = opened.filter((m) => m.format === 'multilateral');
      for (const m of multilateral) if ((await ask.publishedOn(m)) === '2025-05-21') return m;
      throw new Error('no multilateral meeting of Nurtleu reported on 21 May 2025');
    };

    question(
      "Which multilateral meetings did Kazakhstan's foreign minister attend in May 2025?",
      async () => {
        const council = await councilMeeting();
        expect(council.date).toBeNull(); // "on the eve of" an undated summit: not invented
        expect(council.participants).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              party: null,
              title: 'foreign ministers of OTS member states (not named)',
            }),
          ]),
        );
      },
    );

    question("In which country was the OTS foreign ministers' meeting held?", async () => {
      expect((await councilMeeting()).place).toEqual({ city: null, country: 'HUN' });
    });

    question('What was decided about the documents for the OTS Summit?', async () => {
      const council = await councilMeeting();
      const register = await ask.pledges('');
      const drafts = commitmentOf(register, 'expected to be signed at the upcoming OTS Summit');
      expect(drafts.level).toBe('expressed-intent');
      const pledge = await ask.open(`/pledges/${drafts.pledgeId}`);
      expect(pledge).toMatchObject({
        pledgers: [],
        pledgerGroup: 'Organization of Turkic States member states',
      });
      expect(await ask.publishedOn(pledge)).toBe(await ask.publishedOn(council));
      expect(pledge.progress).toEqual([expect.objectContaining({ note: 'drafts approved' })]);
    });
  });

  describe('04 Nazarbayev–Khalifa in Shymkent', () => {
    question('What did the UAE pledge to Kazakhstan in October 2007, and how much?', async () => {
      const uae = await ask.pledges('pledger=ARE&beneficiary=KAZ');
      expect(uae).toHaveLength(3);
      expect(commitmentOf(uae, 'prenatal centre in Shymkent').targets).toEqual([
        money(20_000_000, 'USD', 'some'),
      ]);
      expect(commitmentOf(uae, 'mosque').targets).toEqual([]);
      expect(commitmentOf(uae, 'refinery complex')).toMatchObject({
        level: 'signed-agreement',
        targets: [],
      });
      for (const p of uae)
        expect(await ask.publishedOn(await ask.open(`/pledges/${p.pledgeId}`))).toBe('2007-10-23');
    });

    question('When and where did Nazarbayev meet the UAE President?', async () => {
      const meeting = await ask.lastMeetingOf(
        'Nursultan Nazarbayev',
        'Sheikh Khalifa bin Zayed Al Nahayan',
      );
      expect(meeting).toMatchObject({
        date: '2007-10-23',
        place: { city: 'Shymkent', country: 'KAZ' },
      });
      const khalifa = await ask.person('Sheikh Khalifa bin Zayed Al Nahayan');
      const visits = (await ask.visitsOf('ARE')).filter((v) => v.delegation.headId === khalifa);
      expect(visits).toEqual([expect.objectContaining({ hostCountry: 'KAZ' })]);
    });

    question('What follow-up events were set at that meeting?', async () => {
      const meeting = await ask.lastMeetingOf(
        'Nursultan Nazarbayev',
        'Sheikh Khalifa bin Zayed Al Nahayan',
      );
      expect(await ask.topicWords(meeting.topics)).toEqual(
        expect.arrayContaining([
          'Abu-Dhabi Plaza 88-storey complex and its official presentation on 31 October',
          'invitation for Nazarbayev to visit the UAE',
        ]),
      );
      const nazarbayev = await ask.person('Nursultan Nazarbayev');
      const toUae = (await ask.visitsOf('KAZ')).filter(
        (v) => v.delegation.headId === nazarbayev && v.hostCountry === 'ARE',
      );
      expect(toUae).toEqual([expect.objectContaining({ startDate: null, endDate: null })]);
    });
  });

  describe('05 Tokayev–Mishustin', () => {
    question(
      'When did Tokayev last meet Mishustin according to this text, and what was signed?',
      async () => {
        const meeting = await ask.lastMeetingOf('Kassym-Jomart Tokayev', 'Mikhail Mishustin');
        expect(meeting).toMatchObject({
          date: '2021-08-19',
          place: { city: 'Nur-Sultan', country: 'KAZ' },
        });
        const both = await ask.pledges('pledger=KAZ');
        expect(commitmentOf(both, 'joint Office of strategic initiatives')).toMatchObject({
          level: 'signed-agreement',
        });
        expect(commitmentOf(both, "'very important agreements' being prepared")).toMatchObject({
          level: 'expressed-intent',
        });
      },
    );

    question('How much has Russia invested in Kazakhstan according to this text?', async () => {
      // The file names no parties for its figures, so they are found by their words.
      const [invested] = await ask.search('Russian investment in Kazakhstan', 'indicator');
      expect(invested).toMatchObject({
        figure: { amount: 12_600_000_000, currency: 'USD' },
        period: { from: 'approximately 2011', to: '2021' },
      });
      const projects = await ask.search('major joint projects', 'indicator');
      expect(projects.map((i) => i.figure)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ quantity: 30, unit: 'projects' }),
          expect.objectContaining({ amount: 5_300_000_000, currency: 'USD' }),
        ]),
      );
    });

    question('What did Tokayev say about bilateral trade in August 2021?', async () => {
      const tokayev = await ask.dossier('Kassym-Jomart Tokayev');
      expect(tokayev.statements).toEqual([
        expect.objectContaining({
          text: expect.stringContaining(
            'the volume of trade increased by 26 percent only in the first five months of this year',
          ),
        }),
      ]);
      const [trade] = await ask.search('Kazakhstan-Russia trade volume', 'indicator');
      expect(trade).toMatchObject({
        figure: { quantity: 26, unit: 'percent' },
        period: { from: '2021-01', to: '2021-05' },
      });
    });
  });

  describe('06 Wickremesinghe in Singapore', () => {
    question(
      "What documents were signed during the Sri Lankan Prime Minister's July 2016 visit to Singapore?",
      async () => {
        const signed = (await ask.pledges('pledger=SGP')).filter(
          (p) => p.level === 'signed-agreement',
        );
        expect(signed.map((p) => p.commitment).sort()).toEqual(
          [
            'Joint Statement between the Ministry of Trade and Industry of Singapore and the Ministry of Development Strategies and International Trade of Sri Lanka to launch negotiations on a bilateral free trade agreement',
            'MOU on capacity-building for government officials',
            'MOU on culture cooperation',
            'MOU on technical and vocational education and training',
            'MOU on urban solutions',
          ].sort(),
        );
        for (const p of signed) {
          expect(p.pledgedOn).toBe('2016-07-18');
          expect([...p.pledgers].sort()).toEqual(['LKA', 'SGP']);
        }
      },
    );

    question('What did Singapore give Sri Lanka besides the MOUs?', async () => {
      const books = commitmentOf(await ask.pledges('pledger=SGP&beneficiary=LKA'), '500 books');
      expect(books.targets).toEqual([quantity(500, 'books')]);
    });

    question('Whom did Wickremesinghe meet in Singapore?', async () => {
      const dossier = await ask.dossier('Ranil Wickremesinghe');
      const met = new Set<string>();
      for (const m of dossier.meetings) {
        const meeting = await ask.open(`/meetings/${m.meetingId}`);
        if (meeting.place?.country !== 'SGP') continue;
        for (const name of await ask.participantNames(meeting)) if (name) met.add(name);
      }
      met.delete('Ranil Wickremesinghe');
      expect([...met].sort()).toEqual(['Lee Hsien Loong', 'Tony Tan Keng Yam']);
    });
  });

  describe('07 Balakrishnan–Saifuddin in Putrajaya', () => {
    question(
      "When and where did Singapore's foreign minister last meet his Malaysian counterpart according to this text?",
      async () => {
        const meeting = await ask.lastMeetingOf('Vivian Balakrishnan', 'Saifuddin Abdullah');
        expect(meeting).toMatchObject({
          date: '2018-09-04',
          place: { city: 'Putrajaya', country: 'MYS' },
        });
      },
    );

    question(
      "Who led Singapore's delegation to Malaysia in September 2018, and what kind of visit was it?",
      async () => {
        const teo = await ask.person('Teo Chee Hean');
        const visits = (await ask.visitsOf('MYS')).filter((v) => v.delegation.sentBy.id === 'SGP');
        expect(visits).toEqual([
          expect.objectContaining({
            delegation: expect.objectContaining({ headId: teo }),
            kind: 'working',
            startDate: null,
            endDate: null,
          }),
        ]);
      },
    );

    question('Were any agreements or funding announced?', async () => {
      const page = await ask.partnership('SGP', 'MYS');
      expect(page.engagements.count).toBeGreaterThanOrEqual(1);
      expect(page.pledges.items).toEqual([]);
      expect(await ask.pledges('pledger=MYS')).toEqual([]);
    });
  });

  describe('08 Wang Yi–Blinken call', () => {
    question('When did Wang Yi and Blinken last speak according to this text?', async () => {
      const call = await ask.lastMeetingOf('Wang Yi', 'Antony Blinken');
      expect(call).toMatchObject({ date: '2023-02-03', format: 'call' });
      expect(await ask.publishedOn(call)).toBe('2023-02-04');
    });

    question('What position did Wang Yi set out?', async () => {
      const call = await ask.lastMeetingOf('Wang Yi', 'Antony Blinken');
      expect(await ask.topicWords(call.topics)).toEqual(
        expect.arrayContaining([
          'international law',
          'maintaining steadiness, timely communication, avoiding misjudgment, managing differences',
        ]),
      );
    });

    question('Which specific incident was discussed?', async () => {
      const call = await ask.lastMeetingOf('Wang Yi', 'Antony Blinken');
      // Only the file's own words: no incident named, nothing filled in.
      expect((await ask.topicWords(call.topics)).sort()).toEqual(
        [
          'handling isolated cases in a calm and professional manner',
          'international law',
          'maintaining steadiness, timely communication, avoiding misjudgment, managing differences',
        ].sort(),
      );
    });
  });

  describe('09 the Prime Minister’s call with Biden', () => {
    const theCall = async () => {
      const page = await ask.partnership('GBR', 'USA');
      const calls = page.engagements.items.filter((e: Json) => e.date === '2022-10-25');
      expect(calls).toHaveLength(1);
      return ask.open(`/meetings/${calls[0].recordId}`);
    };

    question(
      'When did the UK Prime Minister last speak to President Biden according to this text?',
      async () => {
        const page = await ask.partnership('GBR', 'USA');
        expect(page.engagements.lastContact).toBe('2022-10-25');
        expect(await theCall()).toMatchObject({ date: '2022-10-25', format: 'call' });
      },
    );

    question('Which UK Prime Minister took the call?', async () => {
      const call = await theCall();
      expect(call.participants).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            party: null,
            title: 'Prime Minister',
            side: { kind: 'country', id: 'GBR' },
          }),
        ]),
      );
      expect(await ask.participantNames(call)).toEqual(expect.arrayContaining([null, 'Joe Biden']));
    });

    question('When are the two leaders next expected to meet in person?', async () => {
      const call = await theCall();
      expect(await ask.topicWords(call.topics)).toContain('upcoming G20 Summit in Indonesia');
      const page = await ask.partnership('GBR', 'USA');
      expect(page.engagements.items.filter((e: Json) => e.date > '2022-10-25')).toEqual([]);
    });
  });

  describe('10 Blinken with the E3, virtually', () => {
    question(
      'When did Blinken last meet his French, German and UK counterparts according to this text, and in what format?',
      async () => {
        const meeting = await ask.lastMeetingOf('Antony J. Blinken', 'Catherine Colonna');
        expect(meeting).toMatchObject({ date: '2022-09-09', format: 'multilateral', place: null });
        expect((await ask.participantNames(meeting)).sort()).toEqual([
          'Annalena Baerbock',
          'Antony J. Blinken',
          'Catherine Colonna',
          'James Cleverly',
        ]);
        expect(meeting.members.map((m: Json) => m.id).sort()).toEqual(['DEU', 'FRA', 'GBR', 'USA']);
      },
    );

    question(
      'How much additional U.S. military assistance to Ukraine and its neighbours was referred to?',
      async () => {
        const aid = commitmentOf(
          await ask.pledges('pledger=USA&beneficiary=UKR'),
          'military assistance to Ukraine and its neighbors',
        );
        expect(aid.targets).toEqual([money(2_800_000_000, 'USD', 'more than')]);
      },
    );

    question('Whom did Blinken meet during his visit to Ukraine?', async () => {
      const blinken = await ask.dossier('Antony J. Blinken');
      const inUkraine = [];
      for (const m of blinken.meetings) {
        const meeting = await ask.open(`/meetings/${m.meetingId}`);
        if (meeting.place?.country === 'UKR') inUkraine.push(meeting);
      }
      expect(inUkraine).toHaveLength(1);
      expect(inUkraine[0].date).toBeNull();
      expect((await ask.participantNames(inUkraine[0])).sort()).toEqual([
        'Antony J. Blinken',
        'Kuleba',
        'Zelenskyy',
      ]);
    });
  });

  describe('11 EU–Central Asia ministerial in Bishkek', () => {
    question(
      'How much did the EU commit to Central Asia at the July 2019 Bishkek ministerial?',
      async () => {
        const eu = await ask.pledges('pledger=EU');
        const programmes = commitmentOf(eu, 'EU-funded regional programmes');
        expect(programmes).toMatchObject({ pledgedOn: '2019-07-07', level: 'firm-commitment' });
        expect(programmes.targets).toEqual([money(72_000_000, 'EUR')]);
        const envelope = commitmentOf(
          eu,
          'bilateral and regional assistance for the period 2014-2020',
        );
        expect(envelope.targets).toEqual([money(1_000_000_000, 'EUR', 'over')]);
        expect(envelope.targetDate).toBe('2020');
        expect(envelope.beneficiaryGroup).toBe('Central Asia (bilateral and regional)');
      },
    );

    question('Which countries benefit from the EUR 72 million programmes?', async () => {
      const programmes = commitmentOf(
        await ask.pledges('pledger=EU'),
        'EU-funded regional programmes',
      );
      expect([...programmes.beneficiaries].sort()).toEqual([
        'AFG',
        'KAZ',
        'KGZ',
        'TJK',
        'TKM',
        'UZB',
      ]);
    });

    question('What did Mogherini say the new Strategy would do?', async () => {
      const mogherini = await ask.dossier('Federica Mogherini');
      expect(mogherini.statements).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            text: expect.stringContaining(
              'Our new Strategy for the region will enable us to cooperate more closely with the countries of Central Asia',
            ),
          }),
        ]),
      );
    });
  });

  describe('12 the second C5+1 ministerial', () => {
    const kerryMeetings = async () => {
      const kerry = await ask.dossier('John Kerry');
      return Promise.all(kerry.meetings.map((m: Json) => ask.open(`/meetings/${m.meetingId}`)));
    };

    question('When and where was the second C5+1 ministerial?', async () => {
      const second = (await kerryMeetings()).filter((m) => m.place?.country === 'USA');
      expect(second).toHaveLength(1);
      expect(second[0]).toMatchObject({ date: null, format: 'multilateral' });
      expect(await ask.publishedOn(second[0])).toBe('2016-08-05');
      expect(second[0].members.map((m: Json) => m.id).sort()).toEqual([
        'KAZ',
        'KGZ',
        'TJK',
        'TKM',
        'USA',
        'UZB',
      ]);
    });

    question(
      'What did the C5+1 agree in Samarkand in November 2015, and was it followed up?',
      async () => {
        const samarkand = (await kerryMeetings()).filter((m) => m.place?.city === 'Samarkand');
        expect(samarkand).toEqual([
          expect.objectContaining({ date: '2015-11', format: 'multilateral' }),
        ]);
        const us = await ask.pledges('pledger=USA');
        const agreed = commitmentOf(us, 'develop regional projects');
        expect(agreed.level).toBe('signed-agreement');
        expect([...agreed.pledgers].sort()).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'USA', 'UZB']);
        for (const project of [
          'dialogue within the Global Counterterrorism Forum',
          'increasing trade in key sectors',
          'transportation and logistics sectors',
          'cleaner renewable energy sources',
        ])
          expect(commitmentOf(us, project).level).toBe('pledge');
        const pledge = await ask.open(`/pledges/${agreed.pledgeId}`);
        expect(pledge.progress).toEqual([
          expect.objectContaining({
            note: expect.stringContaining('projects outlined at the second ministerial'),
          }),
        ]);
      },
    );

    question('Did the U.S. announce funding for these projects?', async () => {
      const us = await ask.pledges('pledger=USA');
      const projects = [
        'develop regional projects',
        'Global Counterterrorism Forum',
        'key sectors',
        'transportation and logistics',
        'renewable energy',
      ];
      for (const words of projects) expect(hasMoney(commitmentOf(us, words))).toBe(false);
    });
  });
});
