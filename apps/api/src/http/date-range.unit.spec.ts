import { IsOptional, validateSync } from 'class-validator';
import { NotBefore } from './date-range';

class Range {
  @IsOptional()
  from?: string;

  @IsOptional()
  @NotBefore('from')
  to?: string;
}

const problems = (from?: string, to?: string) =>
  validateSync(Object.assign(new Range(), { from, to })).flatMap((e) =>
    Object.values(e.constraints ?? {}),
  );

describe('@NotBefore: the end of a range may not come before its start', () => {
  it('refuses a reversed range, naming both bounds', () => {
    expect(problems('2024-12-01', '2024-01-01')).toEqual([
      'to (2024-01-01) must not be before from (2024-12-01)',
    ]);
    expect(problems('2024-06-01T12:00:00Z', '2024-06-01T11:59:59Z')).toHaveLength(1);
  });

  it('compares bounds as the queries compare them with stored days, as ISO-8601 text', () => {
    expect(problems('2024-06-01', '2024-06-01')).toEqual([]);
    expect(problems('2024-06-01', '2024-06-01T23:00:00Z')).toEqual([]);
    // No stored day is at or after 18:00 on 1 June and at or before 1 June: reversed.
    expect(problems('2024-06-01T18:00:00Z', '2024-06-01')).toHaveLength(1);
    expect(problems('2024-06-02', '2024-06-01T23:00:00Z')).toHaveLength(1);
  });

  it('leaves an open or malformed bound to the rules of that bound', () => {
    expect(problems(undefined, '2024-01-01')).toEqual([]);
    expect(problems('2024-12-01', undefined)).toEqual([]);
    expect(problems('December', '2024-01-01')).toEqual([]);
  });
});
