/** Numbers as the statistics functions accept them: a typed array or a plain array. */
export type NumericValues = Float64Array | readonly number[];

/**
 * Throws a RangeError naming the first NaN or infinite entry: statistics over missing values would
 * silently be NaN, so missing data must be dropped or imputed first (see cleaning/).
 */
export function assertFiniteValues(values: NumericValues, label = 'values'): void {
  for (let index = 0; index < values.length; index++) {
    if (!Number.isFinite(values[index])) {
      throw new RangeError(
        `${label} contains ${String(values[index])} at index ${index}; drop or impute missing values first`,
      );
    }
  }
}

/** Throws a RangeError when there are fewer than `minimum` values. */
export function assertMinimumCount(values: NumericValues, minimum: number, label = 'values'): void {
  if (values.length < minimum) {
    throw new RangeError(
      `${label} needs at least ${minimum} value${minimum === 1 ? '' : 's'}, got ${values.length}`,
    );
  }
}
