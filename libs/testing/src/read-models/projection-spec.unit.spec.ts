import type { Projection } from '@crm/read-models';
import { projectionSpec } from './projection-spec';

interface TagCount {
  readonly tags: readonly string[];
  readonly changes: number;
}

const tagCounts: Projection<TagCount> = {
  name: 'tag-counts',
  collection: 'tag_counts',
  handles: ['customer.TagAdded', 'customer.CustomerErased'],
  documentId: (event) => event.streamId,
  apply: (current, event) => {
    if (event.type === 'customer.CustomerErased')
      return current && { tags: [], changes: current.changes + 1 };
    const tag = (event.data as { tag: string }).tag;
    const tags = current?.tags ?? [];
    return { tags: [...tags, tag], changes: (current?.changes ?? 0) + 1 };
  },
};

const tagAdded = (streamId: string, tag: string) => ({ type: 'customer.TagAdded', streamId, data: { tag } });

describe(projectionSpec.name, () => {
  it('passes when the documents match after every event was delivered twice', () => {
    projectionSpec(tagCounts)
      .given(tagAdded('c-1', 'vip'), tagAdded('c-2', 'new'), tagAdded('c-1', 'churn-risk'))
      .then([
        { id: 'c-1', data: { tags: ['vip', 'churn-risk'], changes: 2 } },
        { id: 'c-2', data: { tags: ['new'], changes: 1 } },
      ]);
  });

  it('ignores events the projection does not handle and keeps documents when apply returns null', () => {
    projectionSpec(tagCounts)
      .given(
        { type: 'customer.CustomerErased', streamId: 'c-9', data: {} },
        { type: 'customer.Other', streamId: 'c-1', data: {} },
      )
      .then([]);
  });

  it('fails when the documents differ from the expectation', () => {
    const spec = projectionSpec(tagCounts).given(tagAdded('c-1', 'vip'));
    expect(() => {
      spec.then([{ id: 'c-1', data: { tags: ['vip'], changes: 2 } }]);
    }).toThrow();
    expect(() => {
      spec.then([]);
    }).toThrow();
  });

  it('fails for a projection that is not a pure function of document and event', () => {
    let calls = 0;
    const impure: Projection<{ calls: number }> = {
      name: 'impure',
      collection: 'impure',
      handles: ['customer.TagAdded'],
      documentId: (event) => event.streamId,
      apply: () => ({ calls: ++calls }),
    };
    expect(() => {
      projectionSpec(impure)
        .given(tagAdded('c-1', 'vip'))
        .then([{ id: 'c-1', data: { calls: 1 } }]);
    }).toThrow();
  });

  it('proves idempotency under the global position guard as well', () => {
    const globallyGuarded: Projection<TagCount> = { ...tagCounts, guard: 'global' };
    projectionSpec(globallyGuarded)
      .given(tagAdded('c-1', 'vip'), tagAdded('c-1', 'new'))
      .then([{ id: 'c-1', data: { tags: ['vip', 'new'], changes: 2 } }]);
  });
});
