import { asCommitment, baseForm } from './base-form';

describe('The plain form of a pledge’s verbs', () => {
  it('undoes "-ing" where the spelling is certain', () => {
    const pairs = [
      ['expanding', 'expand'],
      ['using', 'use'],
      ['providing', 'provide'],
      ['negotiating', 'negotiate'],
      ['financing', 'finance'],
      ['planning', 'plan'],
      ['strengthening', 'strengthen'],
      ['visiting', 'visit'],
      ['repeating', 'repeat'],
      ['upgrading', 'upgrade'],
    ];
    expect(pairs.map(([w]) => [w, baseForm(w)])).toEqual(pairs);
  });

  it('says nothing where it is not certain, or the word is no verb', () => {
    expect(['controlling', 'scaling', 'funding', 'king', 'bring up'].map(baseForm)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('words a pledge led by "-ing" forms as a commitment, leaving the rest as written', () => {
    expect(asCommitment('opening a consulate in Lima and training 40 diplomats')).toBe(
      'open a consulate in Lima and training 40 diplomats',
    );
    expect(asCommitment('expanding routes to Lima and using its ports')).toBe(
      'expand routes to Lima and use its ports',
    );
    expect(asCommitment('new flights to Lima, including adding routes')).toBe(
      'new flights to Lima, including adding routes',
    );
  });
});
