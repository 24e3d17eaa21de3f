import { assertFiniteValues, type NumericValues } from './finite-values';

/**
 * Streaming count, sum, mean, second and third central moments, min and max. `push` is Welford's
 * update extended to the third moment (Pébay 2008); `merge` combines two partial results exactly
 * as if all values had been pushed into one (Chan et al.), so shards and time windows can be
 * accumulated separately.
 */
export class RunningMoments {
  private n = 0;
  private runningMean = 0;
  private m2 = 0;
  private m3 = 0;
  private runningSum = 0;
  private sumCompensation = 0;
  private runningMin = Number.POSITIVE_INFINITY;
  private runningMax = Number.NEGATIVE_INFINITY;

  /** Moments of an array, computed in passes (mean first, then centred sums) for the best accuracy. */
  static of(values: NumericValues): RunningMoments {
    assertFiniteValues(values);
    const moments = new RunningMoments();
    const n = values.length;
    if (n === 0) return moments;
    let sum = 0;
    let compensation = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const value of values) {
      // Neumaier summation keeps the total exact enough for sums of money over millions of rows.
      const total = sum + value;
      compensation += Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum;
      sum = total;
      if (value < min) min = value;
      if (value > max) max = value;
    }
    let mean = (sum + compensation) / n;
    let residual = 0;
    for (const value of values) residual += value - mean;
    mean += residual / n;
    let m2 = 0;
    let m3 = 0;
    for (const value of values) {
      const deviation = value - mean;
      const squared = deviation * deviation;
      m2 += squared;
      m3 += squared * deviation;
    }
    moments.n = n;
    moments.runningMean = mean;
    moments.m2 = m2;
    moments.m3 = m3;
    moments.runningSum = sum;
    moments.sumCompensation = compensation;
    moments.runningMin = min;
    moments.runningMax = max;
    return moments;
  }

  push(value: number): this {
    if (!Number.isFinite(value)) throw new RangeError(`cannot accumulate ${value}; drop or impute it first`);
    const previousCount = this.n;
    this.n += 1;
    const delta = value - this.runningMean;
    const deltaOverN = delta / this.n;
    const term = delta * deltaOverN * previousCount;
    this.runningMean += deltaOverN;
    this.m3 += term * deltaOverN * (this.n - 2) - 3 * deltaOverN * this.m2;
    this.m2 += term;
    this.addToSum(value, 0);
    if (value < this.runningMin) this.runningMin = value;
    if (value > this.runningMax) this.runningMax = value;
    return this;
  }

  pushAll(values: NumericValues): this {
    for (const value of values) this.push(value);
    return this;
  }

  /** Folds `other` into this accumulator; `other` is left unchanged. */
  merge(other: RunningMoments): this {
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.runningMean = other.runningMean;
      this.m2 = other.m2;
      this.m3 = other.m3;
      this.runningSum = other.runningSum;
      this.sumCompensation = other.sumCompensation;
      this.runningMin = other.runningMin;
      this.runningMax = other.runningMax;
      return this;
    }
    const countA = this.n;
    const countB = other.n;
    const count = countA + countB;
    const delta = other.runningMean - this.runningMean;
    const deltaSquared = delta * delta;
    this.m3 +=
      other.m3 +
      (deltaSquared * delta * countA * countB * (countA - countB)) / (count * count) +
      (3 * delta * (countA * other.m2 - countB * this.m2)) / count;
    this.m2 += other.m2 + (deltaSquared * countA * countB) / count;
    this.runningMean += (delta * countB) / count;
    this.n = count;
    this.addToSum(other.runningSum, other.sumCompensation);
    this.runningMin = Math.min(this.runningMin, other.runningMin);
    this.runningMax = Math.max(this.runningMax, other.runningMax);
    return this;
  }

  get count(): number {
    return this.n;
  }

  get sum(): number {
    return this.runningSum + this.sumCompensation;
  }

  /** Arithmetic mean; null when empty. */
  get mean(): number | null {
    return this.n === 0 ? null : this.runningMean;
  }

  get min(): number | null {
    return this.n === 0 ? null : this.runningMin;
  }

  get max(): number | null {
    return this.n === 0 ? null : this.runningMax;
  }

  /** Sample variance (divisor n - 1) by default, population variance (divisor n) on request; null if undefined. */
  variance(kind: 'sample' | 'population' = 'sample'): number | null {
    const divisor = kind === 'sample' ? this.n - 1 : this.n;
    return divisor > 0 ? this.m2 / divisor : null;
  }

  standardDeviation(kind: 'sample' | 'population' = 'sample'): number | null {
    const variance = this.variance(kind);
    return variance === null ? null : Math.sqrt(variance);
  }

  /**
   * Adjusted Fisher-Pearson skewness G1 = g1·√(n(n-1))/(n-2), the estimator of
   * scipy.stats.skew(bias=False) and pandas Series.skew(). Null for fewer than 3 values or a constant.
   */
  skewness(): number | null {
    const n = this.n;
    // As scipy: a spread below the rounding noise of the mean is a constant column in disguise.
    const noise = 1e-15 * this.runningMean;
    if (n < 3 || this.m2 / n <= noise * noise) return null;
    const biased = (Math.sqrt(n) * this.m3) / Math.pow(this.m2, 1.5);
    return (biased * Math.sqrt(n * (n - 1))) / (n - 2);
  }

  private addToSum(value: number, compensation: number): void {
    const total = this.runningSum + value;
    this.sumCompensation +=
      (Math.abs(this.runningSum) >= Math.abs(value)
        ? this.runningSum - total + value
        : value - total + this.runningSum) + compensation;
    this.runningSum = total;
  }
}
