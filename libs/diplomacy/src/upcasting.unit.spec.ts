import { upcasterOf } from './upcasting';

describe('upcasting', () => {
  const upcast = upcasterOf([
    { type: 'Pledged', from: 1, upcast: ({ to, ...rest }) => ({ ...rest, beneficiaries: [to] }) },
    { type: 'Pledged', from: 2, upcast: (data) => ({ ...data, targets: [] }) },
  ]);

  it('brings an old event through every step to the current version', () => {
    const stored = { type: 'Pledged', schemaVersion: 1, data: { to: 'KAZ' } };
    expect(upcast(stored)).toEqual({
      type: 'Pledged',
      schemaVersion: 3,
      data: { beneficiaries: ['KAZ'], targets: [] },
    });
    expect(stored.data).toEqual({ to: 'KAZ' });
  });

  it('leaves a current event, and any other type, as it is', () => {
    const current = { type: 'Pledged', schemaVersion: 3, data: { beneficiaries: [] } };
    const other = { type: 'MeetingRecorded', schemaVersion: 1, data: {} };
    expect(upcast(current)).toBe(current);
    expect(upcast(other)).toBe(other);
  });
});
