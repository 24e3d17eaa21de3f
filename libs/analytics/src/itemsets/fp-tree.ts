/**
 * A prefix tree of transactions in node arrays. Items are local ranks 0..itemCount-1 (rank 0 is the
 * most frequent, nearest the root); `labels` maps a rank back to the global item id. Children are
 * found through an open-addressing hash on (parent, item), so insertion never scans siblings.
 */
export class FpTree {
  readonly nodeItem: Int32Array;
  readonly nodeParent: Int32Array;
  readonly nodeCount: Int32Array;
  /** Next node holding the same item, -1 at the end of the chain. */
  readonly nodeNext: Int32Array;
  /** First node of each item's chain, -1 when the item has no node. */
  readonly itemFirstNode: Int32Array;
  readonly itemSupport: Int32Array;
  private readonly slots: Int32Array;
  private size = 1;

  /** `maxNodes` bounds the nodes inserted (the summed path lengths suffice); the root is node 0. */
  constructor(
    readonly labels: Int32Array,
    maxNodes: number,
  ) {
    const capacity = maxNodes + 1;
    this.nodeItem = new Int32Array(capacity);
    this.nodeParent = new Int32Array(capacity);
    this.nodeCount = new Int32Array(capacity);
    this.nodeNext = new Int32Array(capacity);
    this.itemFirstNode = new Int32Array(labels.length).fill(-1);
    this.itemSupport = new Int32Array(labels.length);
    let slotCount = 16;
    while (slotCount < capacity * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount).fill(-1);
  }

  get itemCount(): number {
    return this.labels.length;
  }

  /** Adds `count` transactions whose items are `path[0..length)`, ranks in ascending order. */
  insert(path: Int32Array, length: number, count: number): void {
    let node = 0;
    for (let position = 0; position < length; position++) {
      const item = path[position] ?? 0;
      node = this.childOrNew(node, item);
      this.nodeCount[node] = (this.nodeCount[node] ?? 0) + count;
      this.itemSupport[item] = (this.itemSupport[item] ?? 0) + count;
    }
  }

  private childOrNew(parent: number, item: number): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(item + 1, 0x85ebca6b)) & mask;
    for (;;) {
      const node = this.slots[slot] ?? -1;
      if (node < 0) break;
      if (this.nodeParent[node] === parent && this.nodeItem[node] === item) return node;
      slot = (slot + 1) & mask;
    }
    const node = this.size++;
    this.nodeItem[node] = item;
    this.nodeParent[node] = parent;
    this.nodeNext[node] = this.itemFirstNode[item] ?? -1;
    this.itemFirstNode[item] = node;
    this.slots[slot] = node;
    return node;
  }
}
