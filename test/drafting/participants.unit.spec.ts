import { draftFromText } from '@chancery/drafting';
import { draft, proposals, words } from './support';

describe('Drafted participants and parties', () => {
  it('reads people with the titles the text gives them, each value pointing at its words', () => {
    const text =
      'Norwegian Foreign Minister Kari Dahl held talks with the Minister of Foreign Affairs of Chile, Pablo Rojas, today.';
    const d = draft(text);
    expect(d.meetings).toHaveLength(1);
    const [dahl, rojas] = d.meetings[0].participants;
    expect(words(text, dahl.name)).toBe('Kari Dahl');
    // the title is the post; the country it names is the side
    expect(words(text, dahl.title)).toBe('Foreign Minister');
    expect(dahl.side).toMatchObject({ value: 'NOR', stated: true });
    expect(words(text, dahl.side)).toBe('Norwegian');
    expect(words(text, rojas.name)).toBe('Pablo Rojas');
    expect(rojas.side.value).toBe('CHL');
    expect(words(text, rojas.side)).toBe('Chile');
  });

  it('finds countries by name, alias and demonym, and organisations by acronym', () => {
    const text =
      'The Luxembourgish minister met the Kazakh delegation at the UAE embassy; Kyrgyz Republic and EU officials attended the OSCE meeting.';
    const parties = draft(text).parties;
    const by = (code: string) => parties.find((p) => p.code === code);
    expect(by('LUX')).toMatchObject({ matchedBy: 'demonym' });
    expect(by('KAZ')).toMatchObject({ matchedBy: 'demonym' });
    expect(by('ARE')).toMatchObject({ matchedBy: 'alias' });
    expect(by('KGZ')).toBeDefined();
    expect(by('EU')).toMatchObject({ kind: 'organisation', matchedBy: 'acronym' });
    expect(parties.find((p) => p.name.startsWith('Organization for Security'))).toMatchObject({
      matchedBy: 'acronym',
    });
    for (const p of parties)
      for (const [start, end] of p.spans) expect(text.slice(start, end).length).toBeGreaterThan(1);
  });

  it('takes a gazetteer entry as known, by name or acronym', () => {
    const text =
      'Foreign Minister Kari Dahl met the chief executive of Nordic Cable, Lars Berg, to discuss new projects in Norway.';
    const d = draft(text, { publisher: 'Ministry of Foreign Affairs of Norway' });
    const withGazetteer = draftFromText(
      text,
      { published: '2024-10-14' },
      { organisations: [{ name: 'Nordic Cable', acronym: 'NC' }] },
    );
    expect(d.parties.some((p) => p.name === 'Nordic Cable')).toBe(false);
    expect(withGazetteer.parties.find((p) => p.name === 'Nordic Cable')).toMatchObject({
      known: true,
      matchedBy: 'name',
    });
  });

  it('leaves an unnamed participant unnamed, and says where a side comes from when the text does not name it', () => {
    const text = 'The Prime Minister spoke to the President of Kenya, Grace Wanjiru, this evening.';
    const d = draft(text, {
      publisher: 'Prime Minister’s Office, 10 Downing Street',
      url: 'https://www.gov.uk/government/news/pm-call',
    });
    const [pm, president] = d.meetings[0].participants;
    expect(pm.name).toMatchObject({ value: null, stated: false });
    expect(words(text, pm.title)).toBe('Prime Minister');
    expect(pm.side).toMatchObject({ value: 'GBR', basis: 'publisher' });
    expect(president.name.value).toBe('Grace Wanjiru');
    expect(president.side).toMatchObject({ value: 'KEN', stated: true });
    expect(d.meetings[0].format.value).toBe('call');
  });

  it('tells bilateral, multilateral, call and video call apart', () => {
    const format = (text: string) => draft(text).meetings[0]?.format.value;
    expect(
      format('Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas in Oslo.'),
    ).toBe('bilateral');
    expect(
      format(
        'Foreign Minister Kari Dahl had a phone call with Chilean Foreign Minister Pablo Rojas.',
      ),
    ).toBe('call');
    expect(
      format(
        'Foreign Minister Kari Dahl held talks with Chilean Foreign Minister Pablo Rojas via video conference.',
      ),
    ).toBe('video call');
    expect(
      format(
        'Foreign Minister Kari Dahl met virtually with French Foreign Minister Jean Roux, German Foreign Minister Eva Klein and Italian Foreign Minister Marco Bassi.',
      ),
    ).toBe('multilateral');
  });

  it('every span of every proposed value lies inside the text', () => {
    const text =
      'ASTANA – Kazakh Foreign Minister Aibek Nurov met Peruvian Foreign Minister Luis Vega on Oct. 3. “We value this partnership deeply,” said Vega. The sides signed two agreements, and Peru intends to open an embassy by 2026. Trade reached $1.2 billion last year.';
    const all = proposals(draft(text, { published: '2024-10-04' }));
    expect(all.length).toBeGreaterThan(10);
    for (const p of all) {
      if (!p.span) continue;
      expect(p.span[0]).toBeGreaterThanOrEqual(0);
      expect(p.span[1]).toBeLessThanOrEqual(text.length);
      expect(p.span[1]).toBeGreaterThanOrEqual(p.span[0]);
    }
    for (const p of all) if (!p.stated) expect(p.value).toBeNull();
    // what the text states points at the words that state it (the source's own fields come from outside it)
    const d = draft(text, {
      published: '2024-10-04',
      publisher: 'Ministry of Foreign Affairs of Kazakhstan',
    });
    for (const p of proposals({ ...d, source: null })) if (p.stated) expect(p.span).not.toBeNull();
  });

  it('knows the directory’s people where name and role agree, and takes their side from it when the text gives none', () => {
    const text = 'Prime Minister Aida Sultanova met Peruvian Prime Minister Luis Vega today.';
    const directory = {
      organisations: [],
      people: [
        { name: 'Aida Sultanova', title: 'Prime Minister', side: 'KAZ' },
        { name: 'Luis Vega', title: 'Ambassador', side: 'CHL' },
      ],
    };
    const d = draftFromText(text, { published: '2024-10-14' }, directory);
    const [sultanova, vega] = d.people;
    expect(sultanova).toMatchObject({ known: true, side: { value: 'KAZ' } });
    expect(words(text, sultanova.side)).toBe('Aida Sultanova');
    expect(vega).toMatchObject({ known: false, side: { value: 'PER' } });
    expect(d.meetings[0].participants.map((p) => p.side.value)).toEqual(['KAZ', 'PER']);
  });

  it('keeps an unnamed counterpart, and never takes "the Prime Minister" for the Foreign Minister', () => {
    const d = draft(
      'Kazakh Foreign Minister Aibek Nurov met his Uzbek counterpart in Tashkent today. Nurov also met the Prime Minister.',
    );
    expect(
      d.meetings.map((m) => m.participants.map((p) => [p.name.value, p.title.value, p.side.value])),
    ).toEqual([
      [
        ['Aibek Nurov', 'Foreign Minister', 'KAZ'],
        [null, 'Uzbek counterpart', 'UZB'],
      ],
      [
        ['Aibek Nurov', 'Foreign Minister', 'KAZ'],
        [null, 'Prime Minister', null],
      ],
    ]);
  });
});
