import { canSee, classificationOf } from '@chancery/identity';

describe('clearance', () => {
  it.each([
    ['public', 'public', true],
    ['public', 'internal', false],
    ['public', 'confidential', false],
    ['internal', 'public', true],
    ['internal', 'internal', true],
    ['internal', 'confidential', false],
    ['confidential', 'public', true],
    ['confidential', 'internal', true],
    ['confidential', 'confidential', true],
  ] as const)('a user cleared %s sees a %s record: %p', (clearance, classification, expected) => {
    expect(canSee({ clearance }, classification)).toBe(expected);
  });

  it('treats a missing or unknown classification as confidential (fails closed)', () => {
    expect(classificationOf(undefined)).toBe('confidential');
    expect(classificationOf('secret')).toBe('confidential');
    expect(canSee({ clearance: 'internal' }, undefined)).toBe(false);
    expect(canSee({ clearance: 'internal' }, 'top-secret')).toBe(false);
    expect(canSee({ clearance: 'confidential' }, undefined)).toBe(true);
  });
});
