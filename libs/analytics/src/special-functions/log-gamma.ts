// Lanczos approximation with g = 7 and nine coefficients: about 15 significant digits for x > 0.
const lanczosG = 7;
const lanczosCoefficients = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/** Natural logarithm of |Γ(x)| (Lanczos, g = 7), accurate to about 1e-15 relative for x > 0. */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1 - x) = π / sin(πx).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const shifted = x - 1;
  let series = lanczosCoefficients[0] as number;
  for (let index = 1; index < lanczosCoefficients.length; index++) {
    series += (lanczosCoefficients[index] as number) / (shifted + index);
  }
  const t = shifted + lanczosG + 0.5;
  return halfLogTwoPi + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}
