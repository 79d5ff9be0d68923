import { formatDay, parseDay, parseLocalInstant } from '../../apps/web/src/ui/dates';
import { toFieldMessages } from '../../apps/web/src/ui/messages';

describe('dates as people write them', () => {
  it.each([
    ['14 October 2024', '2024-10-14'],
    ['14 oct 2024', '2024-10-14'],
    ['14 Sept 2024', '2024-09-14'],
    ['2024-10-14', '2024-10-14'],
    ['14/10/2024', '2024-10-14'],
    [' 1 March 2024 ', '2024-03-01'],
  ])('reads %p as %p', (typed, iso) => {
    expect(parseDay(typed)).toBe(iso);
  });

  it.each(['31 February 2024', '2024-13-01', '10/14/2024', 'Octember 2024', '14 Oc 2024', ''])(
    'refuses %p',
    (typed) => {
      expect(parseDay(typed)).toBeNull();
    },
  );

  it('shows an ISO day as 14 October 2024, and anything else as it is', () => {
    expect(formatDay('2024-10-14')).toBe('14 October 2024');
    expect(formatDay('2024-03-01')).toBe('1 March 2024');
    expect(formatDay('2024')).toBe('2024');
  });
});

describe('moments as people write them, in local time', () => {
  it.each([
    ['1 December 2026 09:30', [2026, 11, 1, 9, 30, 0]],
    ['2026-12-01T09:30', [2026, 11, 1, 9, 30, 0]],
    ['2026-12-01 at 9:30', [2026, 11, 1, 9, 30, 0]],
    ['1 December 2026', [2026, 11, 1, 23, 59, 59]],
  ])('reads %p', (typed, [y, mo, d, h, mi, s]) => {
    expect(parseLocalInstant(typed)).toEqual(new Date(y, mo, d, h, mi, s));
  });

  it.each(['1 December 2026 25:00', '31 February 2026 09:00', 'yesterday'])(
    'refuses %p',
    (typed) => {
      expect(parseLocalInstant(typed)).toBeNull();
    },
  );
});

describe('API field errors as what to do', () => {
  const messages = {
    'delegation.sentBy': 'Choose who sent the delegation',
    'delegation.headId': 'Choose who led the delegation',
    sourceIds: 'Choose at least one source',
  };

  it('says what to do, beside the form’s own field, for the field or anything under it', () => {
    expect(
      toFieldMessages(
        {
          'delegation.headId': 'headId must be a UUID',
          'delegation.sentBy.kind': 'kind must be one of country, organisation',
          sourceIds: 'sourceIds must contain at least 1 elements',
        },
        messages,
      ),
    ).toEqual({
      'delegation.headId': 'Choose who led the delegation',
      'delegation.sentBy': 'Choose who sent the delegation',
      sourceIds: 'Choose at least one source',
    });
  });

  it('says a reference is not on record, and names a field the form does not know in words', () => {
    expect(
      toFieldMessages(
        {
          'sourceIds[0]': 'is not on record (or was retracted)',
          'participants[1].side': 'side should not be empty',
        },
        messages,
      ),
    ).toEqual({
      sourceIds: 'Choose at least one source: the one chosen is not on record (or was retracted)',
      'participants[1].side': 'Check the side of participant 2',
    });
  });
});
