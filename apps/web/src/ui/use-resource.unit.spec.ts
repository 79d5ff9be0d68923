/// <reference types="jest" />
// A page shows an answer only under the question it answers.
import { viewOf } from './use-resource';

const people = { key: 'luxemb|person|0', data: ['Luc Frieden'], error: null, loading: false };

describe('what a loaded resource shows', () => {
  it('shows the answer loaded for the question asked', () => {
    expect(viewOf(people, 'luxemb|person|0')).toEqual({
      data: ['Luc Frieden'],
      error: null,
      loading: false,
    });
  });

  it('shows loading, not the last answer, in the render after the question changed', () => {
    expect(viewOf(people, 'luxemb|country|0')).toEqual({ data: null, error: null, loading: true });
  });

  it('does not carry an error over to another question', () => {
    const failed = { key: 'a', data: null, error: new Error('Not found'), loading: false };
    expect(viewOf(failed, 'b')).toEqual({ data: null, error: null, loading: true });
  });

  it('keeps the answer while the same question is asked again (a reload)', () => {
    expect(viewOf({ ...people, loading: true }, 'luxemb|person|0').data).toEqual(['Luc Frieden']);
  });
});
