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

  it('takes a bare day as a whole day: it starts a range at its start and ends one at its end', () => {
    expect(problems('2024-06-01', '2024-06-01')).toEqual([]);
    expect(problems('2024-06-01T18:00:00Z', '2024-06-01')).toEqual([]);
    expect(problems('2024-06-02', '2024-06-01T23:00:00Z')).toHaveLength(1);
  });

  it('leaves an open or malformed bound to the rules of that bound', () => {
    expect(problems(undefined, '2024-01-01')).toEqual([]);
    expect(problems('2024-12-01', undefined)).toEqual([]);
    expect(problems('December', '2024-01-01')).toEqual([]);
  });
});
