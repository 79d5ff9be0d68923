import { formatDay } from '../../apps/web/src/ui/dates';
import { formatPartialDate, parsePartialDate, partialDateOrNull, partialDateProblem } from '../../apps/web/src/ui/partial-dates';

describe('dates as precise as the source, as people write them', () => {
  it.each([
    ['14 October 2024', '2024-10-14'],
    ['2024-10-14', '2024-10-14'],
    ['October 2024', '2024-10'],
    ['oct 2024', '2024-10'],
    ['2024-10', '2024-10'],
    ['10/2024', '2024-10'],
    ['Q4 2024', '2024-Q4'],
    ['2024-Q4', '2024-Q4'],
    ['the fourth quarter of 2024', '2024-Q4'],
    ['2024', '2024'],
    ['approximately March 2025', 'approximately 2025-03'],
    ['about 2026', 'approximately 2026'],
    ['before 2024', 'before 2024'],
    ['After 14 October 2024', 'after 2024-10-14'],
  ])('reads %p as the API’s %p', (typed, api) => {
    expect(parsePartialDate(typed)).toBe(api);
  });

  it.each(['31 February 2024', '2024-13', 'Q5 2024', 'before', 'approximately', 'soon', '24'])('refuses %p', (typed) => {
    expect(parsePartialDate(typed)).toBeNull();
    expect(partialDateProblem(typed, null)).toMatch(/Enter a real date/);
  });

  it.each([
    ['2024-10-14', '14 October 2024'],
    ['2024-10', 'October 2024'],
    ['2024-Q4', 'Q4 2024'],
    ['2024', '2024'],
    ['approximately 2025-03', 'approximately March 2025'],
    ['before 2024', 'before 2024'],
    ['after 2024-10-14', 'after 14 October 2024'],
  ])('shows the API’s %p as %p', (api, words) => {
    expect(formatPartialDate(api)).toBe(words);
    expect(parsePartialDate(words)).toBe(api);
  });

  it('says "not stated" where the source says nothing, and sends null for an empty field', () => {
    expect(formatPartialDate(null)).toBe('not stated');
    expect(partialDateOrNull('  ')).toBeNull();
    expect(partialDateProblem('', 'Enter the date')).toBe('Enter the date');
    expect(partialDateProblem('', null)).toBeNull();
  });

  it('formatDay, used by every page, shows partial dates in words too', () => {
    expect(formatDay('2024-Q4')).toBe('Q4 2024');
    expect(formatDay('approximately 2025-03')).toBe('approximately March 2025');
    expect(formatDay(null)).toBe('');
  });
});
