import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import '../../apps/api/src/app.module';

type Rule = { type: string; name?: string; propertyName: string };
const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, Rule[]> };

/** Every request body class (`…Dto`) the API declares, with its own rules by property. */
const bodies = [...storage.validationMetadatas.entries()]
  .filter(([target]) => (target as { name: string }).name.endsWith('Dto'))
  .map(([target, rules]) => ({ target: target as { name: string; prototype: object }, rules }));

const documented = (target: { prototype: object }, property: string) =>
  (Reflect.getMetadata('swagger/apiModelProperties', target.prototype, property) ?? {}) as {
    nullable?: boolean;
  };

/**
 * Issue 14 §3: the rules that keep a careless body from reaching a handler half-made hold for
 * every body class, including ones added later.
 */
describe('request body classes', () => {
  it('are all found (at least the 25 record and user bodies)', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(25);
  });

  it('check that every nested field is an object (not a list, not a string): @Nested', () => {
    const unchecked = bodies.flatMap(({ target, rules }) =>
      rules
        .filter((rule) => rule.type === 'nestedValidation')
        .filter(
          ({ propertyName }) =>
            !rules.some(
              (rule) =>
                rule.propertyName === propertyName &&
                ['isObject', 'isNotEmptyObject'].includes(rule.name ?? ''),
            ),
        )
        .map(({ propertyName }) => `${target.name}.${propertyName}`),
    );
    expect(unchecked).toEqual([]);
  });

  it('let null through only where a field is documented nullable: @Optional() elsewhere', () => {
    const undocumented = bodies.flatMap(({ target, rules }) =>
      rules
        .filter((rule) => rule.name === 'isOptional')
        .filter(({ propertyName }) => !documented(target, propertyName).nullable)
        .map(({ propertyName }) => `${target.name}.${propertyName}`),
    );
    expect(undocumented).toEqual([]);
  });
});
