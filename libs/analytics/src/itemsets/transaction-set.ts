/**
 * Baskets encoded for mining: item names map to dense ids (0..itemCount-1, in name order), each
 * transaction is a sorted, duplicate-free run of ids in one flat array (CSR layout).
 */
export class TransactionSet {
  /** Transaction t holds `items[offsets[t]]` up to (not including) `items[offsets[t + 1]]`. */
  readonly offsets: Uint32Array;
  readonly items: Uint32Array;
  /** Number of transactions containing each item. */
  readonly itemCounts: Uint32Array;

  private constructor(
    readonly itemNames: readonly string[],
    offsets: Uint32Array,
    items: Uint32Array,
  ) {
    this.offsets = offsets;
    this.items = items;
    this.itemCounts = new Uint32Array(itemNames.length);
    for (const item of items) this.itemCounts[item] = (this.itemCounts[item] ?? 0) + 1;
  }

  get transactionCount(): number {
    return this.offsets.length - 1;
  }

  get itemCount(): number {
    return this.itemNames.length;
  }

  /** The ids of transaction `index`, as a view (no copy). */
  transaction(index: number): Uint32Array {
    return this.items.subarray(this.offsets[index], this.offsets[index + 1]);
  }

  /** Encodes baskets of item names; names are taken as given (trim them first if needed). */
  static fromBaskets(baskets: readonly (readonly string[])[]): TransactionSet {
    const names = [...new Set(baskets.flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const idByName = new Map(names.map((name, id) => [name, id]));
    const offsets = new Uint32Array(baskets.length + 1);
    const ids: number[] = [];
    baskets.forEach((basket, index) => {
      for (const name of basket) ids.push(idByName.get(name) ?? 0);
      offsets[index + 1] = ids.length;
    });
    return TransactionSet.fromIds(names, offsets, Uint32Array.from(ids));
  }

  /**
   * Builds a set from ids already in CSR layout; each transaction is sorted and duplicates are dropped
   * (an item counts once per basket). Throws RangeError for an id outside itemNames.
   */
  static fromIds(itemNames: readonly string[], offsets: Uint32Array, items: Uint32Array): TransactionSet {
    const cleanOffsets = new Uint32Array(offsets.length);
    const cleanItems = new Uint32Array(items.length);
    let length = 0;
    for (let t = 0; t + 1 < offsets.length; t++) {
      const basket = items.slice(offsets[t], offsets[t + 1]).sort();
      let previous = -1;
      for (const item of basket) {
        if (item >= itemNames.length) throw new RangeError(`item id ${item} has no name`);
        if (item !== previous) cleanItems[length++] = item;
        previous = item;
      }
      cleanOffsets[t + 1] = length;
    }
    return new TransactionSet(itemNames, cleanOffsets, cleanItems.slice(0, length));
  }
}

/** Parses one basket per line, items comma-separated; names are trimmed and empty lines skipped. */
export function parseBasketLines(text: string): string[][] {
  const baskets: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const items = line
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    if (items.length > 0) baskets.push(items);
  }
  return baskets;
}
