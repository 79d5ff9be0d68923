import { dateColumns, overlapping, spanColumns } from './date-columns';

describe('partial dates as read-model columns', () => {
  it('stores the span a date may be, open ends as the first or last day there is', () => {
    expect(dateColumns('2024-10')).toEqual({
      from: '2024-10-01',
      to: '2024-10-31',
      sort: '2024-10-01',
    });
    expect(dateColumns('before 2024')).toEqual({
      from: '0001-01-01',
      to: '2023-12-31',
      sort: '2024-01-01',
    });
    expect(dateColumns('after 2024-10-14')).toEqual({
      from: '2024-10-15',
      to: '9999-12-31',
      sort: '2024-10-15',
    });
    expect(dateColumns(null)).toEqual({ from: null, to: null, sort: '' });
  });

  it("spans a visit from its start's first day to its end's last, an end not stated as the start", () => {
    expect(spanColumns('2016-07-17', '2016-07-19')).toMatchObject({
      from: '2016-07-17',
      to: '2016-07-19',
    });
    expect(spanColumns('2018-01', null)).toMatchObject({ from: '2018-01-01', to: '2018-01-31' });
    expect(spanColumns(null, '2018-Q1')).toMatchObject({ from: '2018-01-01', to: '2018-03-31' });
    expect(spanColumns(null, null)).toEqual({ from: null, to: null, sort: '' });
  });

  it('asks for overlap: the span ends on or after `from` and starts on or before `to`', () => {
    expect(overlapping('date', '2024-10-20', '2024-12-31')).toEqual({
      date_to: { gte: '2024-10-20' },
      date_from: { lte: '2024-12-31' },
    });
    expect(overlapping('date', undefined, '2019-06-30')).toEqual({
      date_to: { gte: '0001-01-01' },
      date_from: { lte: '2019-06-30' },
    });
    expect(overlapping('date')).toEqual({});
  });
});
