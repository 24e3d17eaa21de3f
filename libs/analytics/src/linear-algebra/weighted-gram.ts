const blockSize = 256;

/**
 * Accumulates Σ wᵢ·x̃ᵢx̃ᵢᵀ into a row-major (cols+1)² matrix, where x̃ appends a constant (the
 * intercept feature). Rows are buffered column-major in blocks, the constant as one more column, so
 * each entry of the upper triangle is a contiguous dot product; a row-by-row rank-1 update is several
 * times slower in V8.
 */
export class WeightedGramAccumulator {
  /** Entries per row and column of the target: the features and the constant. */
  private readonly n: number;
  private readonly columns: Float64Array;
  private readonly weighted: Float64Array;
  private size = 0;

  constructor(
    private readonly cols: number,
    private readonly constant: number,
    private readonly target: Float64Array,
  ) {
    this.n = cols + 1;
    this.columns = new Float64Array(this.n * blockSize);
    this.weighted = new Float64Array(this.n * blockSize);
    this.columns.fill(constant, cols * blockSize);
  }

  add(data: Float64Array, offset: number, weight: number): void {
    const slot = this.size;
    for (let column = 0; column < this.cols; column++) {
      const value = data[offset + column]!;
      this.columns[column * blockSize + slot] = value;
      this.weighted[column * blockSize + slot] = weight * value;
    }
    this.weighted[this.cols * blockSize + slot] = weight * this.constant;
    this.size++;
    if (this.size === blockSize) this.flush();
  }

  /** Adds buffered rows and mirrors the upper triangle; call once after the last `add`. */
  finish(): void {
    this.flush();
    const { n, target } = this;
    for (let left = 0; left < n; left++) {
      for (let right = left + 1; right < n; right++) target[right * n + left] = target[left * n + right]!;
    }
  }

  private flush(): void {
    let left = 0;
    for (; left + 1 < this.n; left += 2) this.addTwoRowsOfProducts(left);
    if (left < this.n) this.addOneRowOfProducts(left);
    this.size = 0;
  }

  /**
   * Rows `left` and `left + 1` of the upper triangle, four columns per pass: two weighted and four
   * plain loads feed eight accumulators. The passes start at a multiple of four, so fewer columns are
   * left over; the few cells this adds below the diagonal are overwritten with their mirrors by `finish`.
   */
  private addTwoRowsOfProducts(left: number): void {
    const { n, size, columns, weighted, target } = this;
    const first = left * blockSize;
    const second = first + blockSize;
    let right = left - (left % 4);
    for (; right + 3 < n; right += 4) {
      const start = right * blockSize;
      let sum00 = 0;
      let sum01 = 0;
      let sum02 = 0;
      let sum03 = 0;
      let sum10 = 0;
      let sum11 = 0;
      let sum12 = 0;
      let sum13 = 0;
      for (let slot = 0; slot < size; slot++) {
        const upperValue = weighted[first + slot]!;
        const lowerValue = weighted[second + slot]!;
        const column0 = columns[start + slot]!;
        const column1 = columns[start + blockSize + slot]!;
        const column2 = columns[start + 2 * blockSize + slot]!;
        const column3 = columns[start + 3 * blockSize + slot]!;
        sum00 += upperValue * column0;
        sum01 += upperValue * column1;
        sum02 += upperValue * column2;
        sum03 += upperValue * column3;
        sum10 += lowerValue * column0;
        sum11 += lowerValue * column1;
        sum12 += lowerValue * column2;
        sum13 += lowerValue * column3;
      }
      const cell = left * n + right;
      target[cell]! += sum00;
      target[cell + 1]! += sum01;
      target[cell + 2]! += sum02;
      target[cell + 3]! += sum03;
      target[cell + n]! += sum10;
      target[cell + n + 1]! += sum11;
      target[cell + n + 2]! += sum12;
      target[cell + n + 3]! += sum13;
    }
    for (; right < n; right++) {
      const start = right * blockSize;
      let upperSum = 0;
      let lowerSum = 0;
      for (let slot = 0; slot < size; slot++) {
        const value = columns[start + slot]!;
        upperSum += weighted[first + slot]! * value;
        lowerSum += weighted[second + slot]! * value;
      }
      target[left * n + right]! += upperSum;
      target[(left + 1) * n + right]! += lowerSum;
    }
  }

  private addOneRowOfProducts(left: number): void {
    const { n, size, columns, weighted, target } = this;
    const leftStart = left * blockSize;
    for (let right = left; right < n; right++) {
      const rightStart = right * blockSize;
      let sum = 0;
      for (let slot = 0; slot < size; slot++)
        sum += weighted[leftStart + slot]! * columns[rightStart + slot]!;
      target[left * n + right]! += sum;
    }
  }
}
