import { nameBasedId, newId } from './new-id';

describe(newId.name, () => {
  it('mints RFC 9562 version 7 UUIDs', () => {
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('mints ids that sort in the order they were minted, so indexes grow at one end', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('starts with the creation time in milliseconds', () => {
    const before = Date.now();
    const id = newId();
    const millis = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(millis).toBeGreaterThanOrEqual(before);
    expect(millis).toBeLessThanOrEqual(Date.now());
  });
});

describe(nameBasedId.name, () => {
  const namespace = '8c4f1f3e-6a2b-4d9e-9b7a-5c3d1e2f4a6b';

  it('gives a name the same RFC 9562 version 5 UUID every time', () => {
    const id = nameBasedId(namespace, 'tenant-a', 'AB-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedId(namespace, 'tenant-a', 'AB-1')).toBe(id);
  });

  it('keeps the parts apart, so (ab, c) and (a, bc) are different names', () => {
    expect(nameBasedId(namespace, 'ab', 'c')).not.toBe(nameBasedId(namespace, 'a', 'bc'));
    expect(nameBasedId(namespace, 'tenant-b', 'AB-1')).not.toBe(nameBasedId(namespace, 'tenant-a', 'AB-1'));
  });
});
