import { isIsoDate } from './dates';

/** What the calendar says, through Date: the reference the quick check must agree with. */
const byDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it('agrees with the calendar on every day written for years 0001-9999 (sampled) and every month and day 00-32; year 0000 is no year', () => {
    const years = [
      0, 1, 4, 100, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 2400, 9999,
    ];
    for (const year of years)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([value, isIsoDate(value)]).toEqual([value, year > 0 && byDate(value)]);
        }
  });

  it.each(['2024-2-01', '24-02-01', '2024-02-01T00:00', ' 2024-02-01', '2024/02/01', ''])(
    'refuses %p',
    (value) => expect(isIsoDate(value)).toBe(false),
  );
});
