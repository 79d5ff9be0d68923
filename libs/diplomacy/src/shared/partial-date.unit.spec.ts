import { dateSpan, isPartialDate, parsePartialDate, sortKey, surelyBefore } from './partial-date';

describe('partial dates', () => {
  it.each([
    '2024-10-14',
    '2024-10',
    '2024-Q4',
    '2024',
    'approximately 2024-10',
    'before 2024',
    'after 2024-02-29',
  ])('takes %s', (value) => expect(isPartialDate(value)).toBe(true));

  it.each([
    '2024-13',
    '2024-02-30',
    '2023-02-29',
    '2024-Q5',
    'before',
    'before ',
    'about 2024',
    '0000',
    '24-10',
    '2024-10-14T00:00:00Z',
    ' 2024',
  ])('refuses %s', (value) => expect(isPartialDate(value)).toBe(false));

  it('knows the precision it was written with', () => {
    expect(parsePartialDate('2024-Q2')).toMatchObject({
      precision: 'quarter',
      first: '2024-04-01',
      last: '2024-06-30',
    });
    expect(parsePartialDate('approximately 2024-02')).toMatchObject({
      qualifier: 'approximately',
      precision: 'month',
      date: '2024-02',
      last: '2024-02-29',
    });
  });

  it('spans the days it may mean, open where the source leaves it open', () => {
    expect(dateSpan('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(dateSpan('before 2024-03')).toEqual({ from: null, to: '2024-02-29' });
    expect(dateSpan('after 2024-12')).toEqual({ from: '2025-01-01', to: null });
    expect(dateSpan('approximately 2024-10-14')).toEqual({ from: '2024-10-14', to: '2024-10-14' });
  });

  it('sorts by the first day it may be', () => {
    const sorted = ['2024-10-14', 'after 2024-08', '2024', 'before 2024-10', '2024-10'].sort(
      (a, b) => sortKey(a).localeCompare(sortKey(b)),
    );
    expect(sorted).toEqual(['2024', 'after 2024-08', 'before 2024-10', '2024-10', '2024-10-14']);
  });

  it('says one date is before another only when every day of it is', () => {
    expect(surelyBefore('2024-10', '2024-11-02')).toBe(true);
    expect(surelyBefore('2024', '2024-11-02')).toBe(false);
    expect(surelyBefore('after 2024', '2026')).toBe(false);
  });
});
