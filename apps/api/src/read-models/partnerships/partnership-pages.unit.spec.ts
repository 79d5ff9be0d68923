import { PartnershipPages } from './partnership-pages';

describe('PartnershipPages', () => {
  let standing = 'g1@10';
  let computed = 0;
  const pages = new PartnershipPages(() => standing);
  const compute = (body: string | null) => async () => {
    computed++;
    return body;
  };

  beforeEach(() => {
    standing = 'g1@10';
    computed = 0;
  });

  it('computes a page once while the read model stands still, "nothing to show" included', async () => {
    expect(await pages.get('a', compute('{"n":1}'))).toBe('{"n":1}');
    expect(await pages.get('a', compute('{"n":2}'))).toBe('{"n":1}');
    expect(await pages.get('none', compute(null))).toBeNull();
    expect(await pages.get('none', compute('{}'))).toBeNull();
    expect(computed).toBe(2);
  });

  it('computes again once the read model has moved', async () => {
    await pages.get('b', compute('{"n":1}'));
    standing = 'g1@11';
    expect(await pages.get('b', compute('{"n":2}'))).toBe('{"n":2}');
    standing = 'g2@11';
    expect(await pages.get('b', compute('{"n":3}'))).toBe('{"n":3}');
  });

  it('does not keep a page computed while the read model moved', async () => {
    const racing = pages.get('c', async () => {
      standing = 'g1@12';
      // Another request, at the new state, before this one's answer is in.
      await pages.get('other', compute('{}'));
      return '{"stale":true}';
    });
    expect(await racing).toBe('{"stale":true}');
    expect(await pages.get('c', compute('{"fresh":true}'))).toBe('{"fresh":true}');
  });
});
