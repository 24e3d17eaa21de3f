import { DocumentRowCache } from './document-row-cache';

const row = (id: string, revision = 1) => ({ id, tenant_id: 't', revision, positions: '{}', data: '{}' });

describe('DocumentRowCache', () => {
  it('keeps the most recently used rows up to its capacity', () => {
    const cache = new DocumentRowCache(2);
    cache.remember('c', row('a'));
    cache.remember('c', row('b'));
    cache.remember('c', row('a', 2));
    cache.remember('c', row('c'));
    expect(cache.get('c', 't', 'a')?.revision).toBe(2);
    expect(cache.get('c', 't', 'b')).toBeUndefined();
    expect(cache.get('c', 't', 'c')).toBeDefined();
  });

  it('forgets one row, or every row of one collection', () => {
    const cache = new DocumentRowCache(10);
    cache.remember('c', row('a'));
    cache.remember('c', row('b'));
    cache.remember('other', row('a'));
    cache.forget('c', 't', 'a');
    expect(cache.get('c', 't', 'a')).toBeUndefined();
    cache.forgetCollection('c');
    expect(cache.get('c', 't', 'b')).toBeUndefined();
    expect(cache.get('other', 't', 'a')).toBeDefined();
  });

  it('tells a document known to be absent (null) from one it does not know (undefined)', () => {
    const cache = new DocumentRowCache(10);
    cache.rememberAbsent('c', 't', 'a');
    expect(cache.get('c', 't', 'a')).toBeNull();
    expect(cache.get('c', 't', 'b')).toBeUndefined();
    cache.remember('c', row('a'));
    expect(cache.get('c', 't', 'a')?.id).toBe('a');
  });
});
