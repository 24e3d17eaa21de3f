/** A class label: numeric codes (0/1, typed arrays) or strings. */
export type Label = number | string;

/** Labels of several rows: a plain array, or a typed array of numeric codes. */
export type Labels = ArrayLike<Label>;

/** Distinct labels in ascending order (numbers numerically, strings by code unit), as sklearn's unique_labels. */
export function sortedUniqueLabels(...sources: Labels[]): Label[] {
  const seen = new Set<Label>();
  for (const source of sources)
    for (let index = 0; index < source.length; index++) seen.add(source[index] as Label);
  return [...seen].sort(compareLabels);
}

export function compareLabels(left: Label, right: Label): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  const a = String(left);
  const b = String(right);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Rows of each label, in row order. */
export function rowsByLabel(labels: Labels): Map<Label, number[]> {
  const groups = new Map<Label, number[]>();
  for (let row = 0; row < labels.length; row++) {
    const label = labels[row] as Label;
    const rows = groups.get(label);
    if (rows === undefined) groups.set(label, [row]);
    else rows.push(row);
  }
  return groups;
}

export function assertSameLength(actual: ArrayLike<unknown>, predicted: ArrayLike<unknown>): void {
  if (actual.length !== predicted.length) {
    throw new RangeError(`actual has ${actual.length} values but predicted has ${predicted.length}`);
  }
  if (actual.length === 0) throw new RangeError('a metric of no predictions is undefined');
}
