import { draft, words } from './support';

describe('Drafted statements', () => {
  const intro =
    'Norwegian Foreign Minister Kari Dahl met Chilean Foreign Minister Pablo Rojas today in Oslo.';

  it('takes a direct quote verbatim, with the speaker named after it', () => {
    const text = `${intro} “Our countries share a long friendship and many interests,” said Rojas.`;
    const [s] = draft(text).statements;
    // the comma handing the quote to "said Rojas" is the reporter's, not the speaker's
    expect(s.quote.value).toBe('Our countries share a long friendship and many interests');
    expect(words(text, s.quote)).toBe(s.quote.value);
    expect(s.speaker.value).toBe('Pablo Rojas');
    // the post: "Chilean" is the side
    expect(s.speaker_title.value).toBe('Foreign Minister');
  });

  it('finds the speaker named before the quote, and by title', () => {
    const before = draft(`${intro} Dahl added: "We will open a new chapter in our relations."`)
      .statements[0];
    expect(before.speaker.value).toBe('Kari Dahl');
    const byTitle = draft(
      `${intro} “We will open a new chapter in our relations,” the Chilean Foreign Minister said.`,
    ).statements[0];
    expect(byTitle.speaker.value).toBe('Pablo Rojas');
  });

  it('never makes a quote of reported speech', () => {
    const d = draft(
      `${intro} Rojas said that Chile was ready to deepen cooperation. Dahl expressed hope for closer ties.`,
    );
    expect(d.statements).toEqual([]);
  });

  it('keeps a quote cut off by the end of the text, marked as truncated', () => {
    const text = `${intro} Dahl noted, "We will work together on renewable energy and on the protec`;
    const [s] = draft(text).statements;
    expect(s.truncated).toBe(true);
    expect(s.quote.value).toBe(
      'We will work together on renewable energy and on the protec [truncated]',
    );
    expect(s.speaker.value).toBe('Kari Dahl');
  });

  it('leaves the speaker not stated when the text does not say who spoke', () => {
    const [s] = draft(
      `${intro} The statement read: “Both sides will continue their close dialogue.”`,
    ).statements;
    expect(s.speaker).toMatchObject({ value: null, stated: false });
  });

  it('reads ‘single marks’ as a quote, leaving apostrophes and one-word scare quotes alone', () => {
    const text = `${intro} ‘Norway’s ties with Chile have never been stronger,’ said Dahl. Rojas called Norway’s support ‘vital’.`;
    const d = draft(text);
    expect(d.statements.map((s) => [s.speaker.value, s.quote.value])).toEqual([
      ['Kari Dahl', 'Norway’s ties with Chile have never been stronger'],
    ]);
  });
});
