import { VerifiedTokenCache } from './verified-token-cache';

describe('VerifiedTokenCache', () => {
  let nowMs = 1_000_000;
  const cache = (max = 10): VerifiedTokenCache<string> => new VerifiedTokenCache<string>(max, () => nowMs);

  beforeEach(() => {
    nowMs = 1_000_000;
  });

  it('returns the claims of a remembered token until its exp', () => {
    const tokens = cache();
    tokens.remember('a.b.c', 'claims', 1_010);
    expect(tokens.get('a.b.c')).toBe('claims');
    nowMs = 1_009_999;
    expect(tokens.get('a.b.c')).toBe('claims');
    nowMs = 1_010_000;
    expect(tokens.get('a.b.c')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('knows only the exact token it was given', () => {
    const tokens = cache();
    tokens.remember('a.b.c', 'claims', 2_000);
    expect(tokens.get('a.b.d')).toBeUndefined();
  });

  it('does not cache a token without exp', () => {
    const tokens = cache();
    tokens.remember('a.b.c', 'claims', undefined);
    expect(tokens.get('a.b.c')).toBeUndefined();
  });

  it('drops the oldest entry when full', () => {
    const tokens = cache(2);
    tokens.remember('one', '1', 2_000);
    tokens.remember('two', '2', 2_000);
    tokens.remember('three', '3', 2_000);
    expect(tokens.size).toBe(2);
    expect(tokens.get('one')).toBeUndefined();
    expect(tokens.get('two')).toBe('2');
    expect(tokens.get('three')).toBe('3');
  });
});
