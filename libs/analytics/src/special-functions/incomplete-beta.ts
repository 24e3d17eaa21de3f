import { logGamma } from './log-gamma';

const maxIterations = 10_000;
const epsilon = 1e-16;
const tiny = 1e-300;

/**
 * Regularised incomplete beta I_x(a, b) for a, b > 0 and 0 <= x <= 1, by the continued fraction
 * evaluated with the modified Lentz method. `oneMinusX` may be passed when the caller knows 1 - x
 * more exactly than the subtraction would give it (Student t tails do).
 */
export function regularizedIncompleteBeta(a: number, b: number, x: number, oneMinusX = 1 - x): number {
  if (!(a > 0) || !(b > 0)) throw new RangeError(`incomplete beta needs a > 0 and b > 0, got a=${a}, b=${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs 0 <= x <= 1, got ${x}`);
  if (x === 0) return 0;
  if (oneMinusX === 0) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(oneMinusX);
  // The fraction converges fast only on one side of the mean; use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a).
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * continuedFraction(a, b, x, oneMinusX)) / a;
  }
  return 1 - (Math.exp(logFront) * continuedFraction(b, a, oneMinusX, x)) / b;
}

function continuedFraction(a: number, b: number, x: number, oneMinusX: number): number {
  const sum = a + b;
  let c = 1;
  let d = 1 - (sum * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= maxIterations; m++) {
    const twoM = 2 * m;
    const evenTerm = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + evenTerm * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + evenTerm / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    result *= d * c;
    const oddTerm = (-(a + m) * (sum + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + oddTerm * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + oddTerm / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < epsilon) return result;
  }
  // Only reached for extreme a, b where no double-precision answer is meaningful.
  throw new RangeError(`incomplete beta did not converge for a=${a}, b=${b}, x=${x} (1-x=${oneMinusX})`);
}
