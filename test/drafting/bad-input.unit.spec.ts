import { draftFromText, MAX_CHARS } from '@chancery/drafting';

describe('Drafting refuses what is not a press release, and never throws', () => {
  const refused = (text: unknown) => {
    const d = draftFromText(text as string, { published: '2024-10-14' });
    expect(d.status).toBe('empty');
    expect(d.meetings).toEqual([]);
    expect(d.pledges).toEqual([]);
    return d.reason;
  };

  it('an empty or blank text', () => {
    expect(refused('')).toMatch(/empty/);
    expect(refused('  \n\t ')).toMatch(/empty/);
  });

  it('a text over 100,000 characters', () => {
    const long = 'Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas. '.repeat(
      Math.ceil((MAX_CHARS + 1) / 68),
    );
    expect(refused(long)).toMatch(/100,000/);
  });

  it('a recipe', () => {
    expect(
      refused(
        'Preheat the oven to 180C. Mix 200 g of flour with two eggs and 100 ml of milk, then bake for 25 minutes until golden. Serve warm with butter.',
      ),
    ).toMatch(/press release/);
  });

  it('random bytes', () => {
    const bytes = Array.from({ length: 2000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    expect(refused(bytes)).toMatch(/readable|not in English/);
  });

  it('another language', () => {
    expect(
      refused(
        'Le ministre des Affaires étrangères a rencontré son homologue chilien à Paris pour discuter de la coopération et des relations bilatérales entre les deux pays.',
      ),
    ).toMatch(/English/);
    expect(
      refused(
        'Министр иностранных дел провёл переговоры с коллегой из Чили о двустороннем сотрудничестве.',
      ),
    ).toMatch(/English/);
  });

  it('no text at all', () => {
    expect(refused(undefined)).toMatch(/missing/);
  });

  it('never throws on odd input, whatever its shape', () => {
    const odd = [
      '“',
      '"""',
      'Minister Minister Minister met met met.',
      '$$$ 1,000,000,000,000,000 billion',
      'On 99 October 2024 the President met the President.',
      'x'.repeat(5000),
      '\u0000\u0001',
    ];
    for (const text of odd)
      expect(() => draftFromText(text, { published: 'garbage' })).not.toThrow();
  });
});
