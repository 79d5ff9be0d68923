import { draft, words } from './support';

describe('Drafted multilateral sessions', () => {
  it('"participated in the meeting of the Council of …": the minister and the body', () => {
    const text =
      'ASTANA – Minister of Foreign Affairs of Kazakhstan Daniyar Sadykov has participated in the meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organisation on Oct. 3.';
    const [m] = draft(text, { published: '2024-10-04' }).meetings;
    expect(m.format.value).toBe('multilateral');
    expect(m.date.value).toBe('2024-10-03');
    expect(m.participants.map((p) => p.side.value)).toEqual(['KAZ', 'SCO']);
  });

  it('a session "was held", then chaired by one and attended by the ministers of the members, one per country', () => {
    const text = [
      'An informal meeting of the Council of Foreign Ministers of the Organization of Turkic States was held in Istanbul.',
      '',
      'The delegation of Kazakhstan was headed by Deputy Minister of Foreign Affairs Aliya Temirova.',
      '',
      'The meeting was chaired by Minister of Foreign Affairs of Türkiye Kemal Arslan and attended by the foreign ministers of the OTS member states - Azerbaijan, Kyrgyzstan and Uzbekistan.',
    ].join('\n');
    const d = draft(text, {
      publisher: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    });
    expect(d.meetings).toHaveLength(1);
    const [m] = d.meetings;
    expect(m.format.value).toBe('multilateral');
    expect(m.date).toMatchObject({ value: null, stated: false });
    expect(m.participants.map((p) => `${p.name.value ?? '-'}/${p.side.value}`)).toEqual([
      '-/OTS',
      'Aliya Temirova/KAZ',
      'Kemal Arslan/TUR',
      '-/AZE',
      '-/KGZ',
      '-/UZB',
    ]);
    const aze = m.participants[3];
    expect(aze.title.value).toBe('Foreign minister of the OTS');
    expect(words(text, aze.side)).toBe('Azerbaijan');
  });

  it('a future summit the leaders look forward to is no meeting', () => {
    const d = draft(
      'The Prime Minister spoke to President Ana Soto of Chile this evening. The leaders looked forward to meeting in person at the upcoming G20 Summit in Brazil.',
    );
    expect(d.meetings.map((m) => m.format.value)).toEqual(['call']);
  });
});
