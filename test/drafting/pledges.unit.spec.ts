import { draft, words } from './support';

describe('Drafted pledges', () => {
  const pledges = (text: string) => draft(text).pledges;

  it.each([
    [
      'announced more than $2.8 billion in new assistance',
      { value: 2_800_000_000, currency: 'USD', qualifier: 'more than' },
    ],
    [
      'will provide over €1 billion of assistance',
      { value: 1_000_000_000, currency: 'EUR', qualifier: 'over' },
    ],
    [
      'will build a hospital costing some 20 million dollars',
      { value: 20_000_000, currency: 'USD', qualifier: 'some' },
    ],
    [
      'pledged at least $1bn to the fund',
      { value: 1_000_000_000, currency: 'USD', qualifier: 'at least' },
    ],
    ['will allocate up to £50 million', { value: 50_000_000, currency: 'GBP', qualifier: 'up to' }],
    [
      'will fund programmes worth €72 million',
      { value: 72_000_000, currency: 'EUR', qualifier: null },
    ],
  ])('reads the amount, its currency and its qualifier: "Norway %s"', (wording, amount) => {
    const text = `Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. Norway ${wording}.`;
    const [p] = pledges(text);
    expect(p.amount.value).toEqual(amount);
    expect(p.by).toMatchObject({ value: 'NOR', stated: true });
    expect(words(text, p.by)).toBe('Norway');
    expect(words(text, p.amount)).toMatch(/\d/);
  });

  it('takes the level from the wording: "intends" and "plans" are intent, "will" a pledge, "signed" an agreement', () => {
    const level = (sentence: string) =>
      pledges(
        `Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. ${sentence}`,
      )[0]?.level.value;
    expect(level('Norway intends to open a consulate in Valparaiso.')).toBe('intent');
    expect(level('Chile plans to send a trade mission to Oslo.')).toBe('intent');
    expect(level('Norway will train 40 Chilean diplomats.')).toBe('pledge');
    expect(level('The two ministers signed an agreement on visa exemptions.')).toBe('agreement');
    expect(level('Norway reaffirmed its commitment to the reconstruction of the port.')).toBe(
      'commitment',
    );
  });

  it('reads a quantity, and a target date at the precision stated', () => {
    const text =
      'Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. Norway will donate 500 books to the National Library of Chile by March 2025.';
    const [p] = pledges(text);
    expect(p.quantity.value).toEqual({ value: 500, unit: 'books' });
    expect(words(text, p.quantity)).toBe('500 books');
    expect(p.target_date.value).toBe('2025-03');
    expect(p.to.value).toBe('CHL');
  });

  it('counts every document signed, as agreements of the meeting’s sides', () => {
    const d = draft(
      'Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. The ministers witnessed the signing of three Memoranda of Understanding and a Joint Statement.',
    );
    expect(d.documents.map((x) => [x.title.value, x.count])).toEqual([
      ['Memoranda of Understanding', 3],
      ['Joint Statement', 1],
    ]);
    expect(d.pledges.filter((p) => p.level.value === 'agreement')).toHaveLength(4);
    expect(d.pledges[0].by.value?.split('+').sort()).toEqual(['CHL', 'NOR']);
  });

  it('proposes no pledge where there is none, and none from a negation', () => {
    expect(
      pledges(
        'Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. They discussed the situation in the region.',
      ),
    ).toEqual([]);
    expect(
      pledges(
        'Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. Norway will not accept any interference.',
      ),
    ).toEqual([]);
  });

  it('keeps a figure stated as a fact as an indicator, not a pledge', () => {
    const d = draft(
      'Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today. Trade between the two countries reached $1.5 billion in 2023, and 120 Norwegian companies operate in Chile.',
    );
    expect(d.pledges).toEqual([]);
    expect(d.indicators.map((i) => [i.value.value, i.unit_or_currency.value])).toEqual([
      [1_500_000_000, 'USD'],
      [120, 'companies'],
    ]);
    expect(d.indicators[0].period_or_as_of.value).toBe('2023');
  });
});
