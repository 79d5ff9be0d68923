import { heldExactly, jsonTextProblem } from '../../apps/api/src/http/json-body';
import { hostileText } from '../../apps/api/src/http/hostile-text';

describe('a JSON body the API refuses before validating it', () => {
  it('refuses nesting deeper than the limit, naming where it goes too deep', () => {
    expect(jsonTextProblem('[[[1]]]', 3)).toBeNull();
    expect(jsonTextProblem('[[[[1]]]]', 3)).toEqual({
      field: '[0][0][0]',
      reason: 'is nested deeper than 3 levels',
    });
    const deep = `{"a":1,"delegation":{"sentBy":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
    expect(jsonTextProblem(deep)?.field).toMatch(/^delegation\.sentBy(\[0\])+$/);
  });

  it('does not count brackets inside strings, nor take keys from values', () => {
    expect(jsonTextProblem('{"a":"[[[[{{{{","b":[1,2,{"c":"x"}]}', 3)).toBeNull();
    expect(jsonTextProblem('{"a":"v","b":[1,{"c":1e400}]}')).toEqual({
      field: 'b[1].c',
      reason: '1e400 cannot be held exactly: write at most 15 significant digits',
    });
  });

  it.each(['9007199254740993', '0.1e-400', '1e400', '-1e-400', '12345678901234567'])(
    'refuses %s, which parses to another number',
    (token) => expect(heldExactly(token)).toBe(false),
  );

  it.each(['0', '-0', '1.50', '2900000000', '0.1', '1e21', '328', '9007199254740991', '1E3'])(
    'takes %s, held as written',
    (token) => expect(heldExactly(token)).toBe(true),
  );
});

describe('text that is not text', () => {
  it('is refused in a JSON body as it is parsed, naming the field or the object holding the name', () => {
    expect(jsonTextProblem('{"a":{"b":"x","c":["ok","\\u0000"]}}')).toEqual({
      field: 'a.c[1]',
      reason: 'must not contain a NUL character',
    });
    expect(jsonTextProblem('{"a":{"b":"x","\\ud800":1}}')).toEqual({
      field: 'a',
      reason: expect.stringMatching(/^a field name in it must not contain a lone UTF-16 surrogate/),
    });
    expect(
      jsonTextProblem('{"flag":"\\ud83c\\uddf0\\ud83c\\uddff","q":"say \\"hi\\" \\\\"}'),
    ).toBeNull();
  });

  it('finds a NUL or a lone surrogate anywhere, naming the field', () => {
    expect(hostileText({ a: ['ok', { b: 'x\u0000' }] }, '')).toEqual({
      field: 'a[1].b',
      reason: 'must not contain a NUL character',
    });
    expect(hostileText({ city: 'Lux\ud800' }, '')?.field).toBe('city');
    expect(hostileText({ city: '\udc00Lux' }, '')?.field).toBe('city');
    expect(hostileText('x\u0000', 'id')?.field).toBe('id');
  });

  it('takes paired surrogates (emoji) and ordinary text', () => {
    expect(hostileText({ note: 'flag 🇰🇿, Ölfeld', n: 3, z: null }, '')).toBeNull();
  });
});
