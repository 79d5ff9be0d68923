import { draftFromText } from '@chancery/drafting';
import { checkShape } from '../../../../cli/src/import/press-release';
import { draftItems, releaseOf } from './draft-items';

const TEXT =
  'ASTANA, 14 October 2024 – Foreign Minister Murat Nurtleu paid an official visit to Luxembourg on 14 October, where he met Prime Minister Luc Frieden. “Luxembourg views Kazakhstan as a reliable partner,” said Frieden.';
const META = { url: null, publisher: 'MFA of Kazakhstan', title: null, published: '2024-10-14' };

describe('a draft as reviewable items', () => {
  const items = draftItems(draftFromText(TEXT, META), META);

  it('gives each proposed record a path, the press-release shape and the words that support it', () => {
    expect(items[0]).toEqual({
      path: 'source',
      kind: 'source',
      value: {
        publisher: 'MFA of Kazakhstan',
        title: 'not stated',
        published: '2024-10-14',
        url: null,
      },
      spans: [],
    });
    const meeting = items.find((i) => i.kind === 'meetings')!;
    expect(meeting.path).toBe('meetings.0');
    expect(meeting.spans.length).toBeGreaterThan(0);
    for (const [start, end] of meeting.spans) expect(end).toBeGreaterThan(start);
  });

  it('makes a release the importer takes whole, leaving out what the officer rejected', () => {
    expect(checkShape(releaseOf(items))).toEqual([]);
    const kept = items.filter((i) => i.kind !== 'statements');
    expect(releaseOf(kept).statements).toEqual([]);
  });

  it('reads "Since 2005 … has reached" as a period the importer takes: to the publication date', () => {
    const text = `${TEXT} Since 2005, the gross inflow of direct investments from Luxembourg into Kazakhstan has reached $2.9 billion.`;
    const figure = draftItems(draftFromText(text, META), META, text).find(
      (i) => i.kind === 'indicators',
    );
    expect(figure?.value).toMatchObject({ period_or_as_of: 'since 2005, as of 2024-10-14' });
  });

  it('words a visit the engine calls "official" as the importer reads the kind', () => {
    const visit = items.find((i) => i.kind === 'visits');
    expect((visit?.value as { kind: string } | undefined)?.kind).toBe('official visit');
  });
});
