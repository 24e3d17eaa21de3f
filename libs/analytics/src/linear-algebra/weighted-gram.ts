const blockSize = 256;

/**
 * Accumulates the upper triangle of Σ wᵢ·x̃ᵢx̃ᵢᵀ into a row-major (cols+1)² matrix, where x̃ appends a
 * constant (the intercept feature). Rows are buffered column-major in blocks so each entry is a
 * contiguous dot product; a row-by-row rank-1 update is several times slower in V8.
 */
export class WeightedGramAccumulator {
  private readonly columns: Float64Array;
  private readonly weighted: Float64Array;
  private readonly weights = new Float64Array(blockSize);
  private size = 0;

  constructor(
    private readonly cols: number,
    private readonly constant: number,
    private readonly target: Float64Array,
  ) {
    this.columns = new Float64Array(cols * blockSize);
    this.weighted = new Float64Array(cols * blockSize);
  }

  add(data: Float64Array, offset: number, weight: number): void {
    const slot = this.size;
    for (let column = 0; column < this.cols; column++) {
      const value = data[offset + column]!;
      this.columns[column * blockSize + slot] = value;
      this.weighted[column * blockSize + slot] = weight * value;
    }
    this.weights[slot] = weight;
    this.size++;
    if (this.size === blockSize) this.flush();
  }

  /** Adds buffered rows and mirrors the upper triangle; call once after the last `add`. */
  finish(): void {
    this.flush();
    const n = this.cols + 1;
    for (let left = 0; left < n; left++) {
      for (let right = left + 1; right < n; right++)
        this.target[right * n + left] = this.target[left * n + right]!;
    }
  }

  private flush(): void {
    const { cols, size, columns, weighted, target, constant } = this;
    const n = cols + 1;
    for (let left = 0; left < cols; left++) {
      const leftStart = left * blockSize;
      let right = left;
      // four columns per pass: one load of the weighted column feeds four accumulators
      for (; right + 3 < cols; right += 4) {
        const first = right * blockSize;
        let sum0 = 0;
        let sum1 = 0;
        let sum2 = 0;
        let sum3 = 0;
        for (let slot = 0; slot < size; slot++) {
          const value = weighted[leftStart + slot]!;
          sum0 += value * columns[first + slot]!;
          sum1 += value * columns[first + blockSize + slot]!;
          sum2 += value * columns[first + 2 * blockSize + slot]!;
          sum3 += value * columns[first + 3 * blockSize + slot]!;
        }
        const cell = left * n + right;
        target[cell]! += sum0;
        target[cell + 1]! += sum1;
        target[cell + 2]! += sum2;
        target[cell + 3]! += sum3;
      }
      for (; right < cols; right++) {
        const rightStart = right * blockSize;
        let sum = 0;
        for (let slot = 0; slot < size; slot++)
          sum += weighted[leftStart + slot]! * columns[rightStart + slot]!;
        target[left * n + right]! += sum;
      }
      let sum = 0;
      for (let slot = 0; slot < size; slot++) sum += weighted[leftStart + slot]!;
      target[left * n + cols]! += sum * constant;
    }
    let weightSum = 0;
    for (let slot = 0; slot < size; slot++) weightSum += this.weights[slot]!;
    target[cols * n + cols]! += weightSum * constant * constant;
    this.size = 0;
  }
}
