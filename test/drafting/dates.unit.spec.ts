import { draft, words } from './support';

/** Dates are resolved against the publication date (Monday 14 October 2024) at the precision the words give. */
describe('Drafted meeting dates', () => {
  const dateOf = (text: string, published?: string) => {
    const d = draft(text, published === undefined ? {} : { published });
    expect(d.meetings).toHaveLength(1);
    return { date: d.meetings[0].date, text };
  };

  it('"today" is the day of publication, pointing at the word', () => {
    const { date, text } = dateOf(
      'Foreign Minister Anna Lind met Chilean Foreign Minister Pablo Rojas today in Santiago.',
    );
    expect(date).toMatchObject({ value: '2024-10-14', stated: true, basis: 'publication date' });
    expect(words(text, date)).toBe('today');
  });

  it('"this evening" is the day of publication too', () => {
    const { date } = dateOf(
      'The Prime Minister spoke to the President of Ghana, John Mensah, this evening.',
    );
    expect(date.value).toBe('2024-10-14');
  });

  it('"on Monday" in a release of Wednesday is the Monday before it', () => {
    const { date, text } = dateOf(
      'On Monday, Foreign Minister Anna Lind held talks with Peruvian Foreign Minister Luis Vega.',
      '2024-10-16',
    );
    expect(date.value).toBe('2024-10-14');
    expect(words(text, date)).toBe('On Monday');
  });

  it('"on 31 October" takes the year of publication', () => {
    const { date } = dateOf(
      'Foreign Minister Anna Lind will host the Danish Foreign Minister Lars Holm on 31 October, the ministry said. Lind met Holm on 31 October.',
      '2024-10-20',
    );
    expect(date.value).toBe('2024-10-31');
  });

  it('a year-less day near New Year goes in the year that puts it nearest the publication', () => {
    const { date } = dateOf(
      'Minister Anna Lind met Estonian Foreign Minister Karl Tamm on 30 December.',
      '2025-01-03',
    );
    expect(date.value).toBe('2024-12-30');
  });

  it('"earlier this week" is not stated: no day is guessed, and the words are kept to show why', () => {
    const { date, text } = dateOf(
      'Earlier this week, Secretary of State Jane Doe hosted the foreign ministers from Kenya, Ghana and Nigeria in Washington.',
    );
    expect(date).toMatchObject({ value: null, stated: false });
    expect(words(text, date)).toBe('Earlier this week');
  });

  it('a month without a day stays a month, a year a year', () => {
    expect(
      dateOf('Minister Anna Lind met Austrian Chancellor Karl Brandt in Vienna in November 2015.')
        .date.value,
    ).toBe('2015-11');
  });

  it('a full date is read as written, whatever the publication date', () => {
    expect(
      dateOf(
        'On June 28, 2018, Minister Anna Lind had a telephone conversation with Japanese Foreign Minister Taro Sato.',
      ).date,
    ).toMatchObject({ value: '2018-06-28', stated: true });
    expect(
      dateOf(
        'Minister Anna Lind met Japanese Foreign Minister Taro Sato on 4 September 2018 in Tokyo.',
      ).date.value,
    ).toBe('2018-09-04');
  });

  it('no date in the text is "not stated", never the publication date', () => {
    const { date } = dateOf(
      'Foreign Minister Anna Lind met Chilean Foreign Minister Pablo Rojas in Santiago.',
    );
    expect(date).toMatchObject({ value: null, stated: false });
  });

  it('without a publication date, "today" cannot be placed and stays not stated', () => {
    const { date } = dateOf(
      'Foreign Minister Anna Lind met Chilean Foreign Minister Pablo Rojas today.',
      '',
    );
    expect(date).toMatchObject({ value: null, stated: false });
  });

  it('reads numeric dates (14.10.2024) and a call "by telephone"', () => {
    const d = draft(
      'Foreign Minister Anna Lind held talks by telephone with Chilean Foreign Minister Pablo Rojas on 14.10.2024.',
      { published: '2024-10-15' },
    );
    expect(d.meetings.map((m) => [m.date.value, m.format.value])).toEqual([['2024-10-14', 'call']]);
  });
});
