import { choleskyFactor, choleskySolve } from './cholesky';
import { PredictionInputError } from './dense-matrix';

/** A convex objective with a (generalised) Hessian, in `dimension` parameters. */
export interface NewtonObjective {
  readonly dimension: number;
  /** The objective's value; fills `gradient` too when one is passed (one pass over the data). */
  evaluate(parameters: Float64Array, gradient?: Float64Array): number;
  /** Fills the full symmetric Hessian (row-major dimension x dimension). */
  hessian(parameters: Float64Array, hessian: Float64Array): void;
}

export interface NewtonOptions {
  /** Stop when the largest gradient component is at most this. */
  readonly gradientTolerance: number;
  readonly maxIterations: number;
}

export interface NewtonResult {
  readonly parameters: Float64Array;
  readonly iterations: number;
  readonly hessianEvaluations: number;
  readonly gradientNorm: number;
}

/**
 * Damped Newton: a Cholesky solve of H·step = −g, then Armijo backtracking. Once full steps shrink the
 * gradient tenfold or more, the factor is reused (a chord step) until progress slows, which saves the
 * O(n·p²) Hessian on the last iterations without losing the tight final tolerance.
 */
export function minimiseByNewton(objective: NewtonObjective, options: NewtonOptions): NewtonResult {
  const n = objective.dimension;
  const parameters = new Float64Array(n);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n * n);
  const trial = new Float64Array(n);
  const trialGradient = new Float64Array(n);
  let current = objective.evaluate(parameters, gradient);
  let factor: Float64Array | undefined;
  let reuse = false;
  let previousNorm = Number.POSITIVE_INFINITY;
  let hessianEvaluations = 0;
  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    const gradientNorm = maxAbs(gradient);
    if (gradientNorm <= options.gradientTolerance) {
      return { parameters, iterations: iteration, hessianEvaluations, gradientNorm };
    }
    if (factor === undefined || !reuse) {
      objective.hessian(parameters, hessian);
      hessianEvaluations++;
      factor = dampedFactor(hessian, n);
    }
    const step = choleskySolve(
      factor,
      n,
      gradient.map((value) => -value),
    );
    const from = { parameters, value: current, gradient, gradientNorm };
    const { size, candidate, accepted } = searchLine(objective, from, step, trial, trialGradient);
    if (!accepted) {
      if (reuse) {
        reuse = false;
        continue;
      }
      return { parameters, iterations: iteration, hessianEvaluations, gradientNorm };
    }
    parameters.set(trial);
    gradient.set(trialGradient);
    current = candidate;
    reuse = size === 1 && gradientNorm <= previousNorm / 10;
    previousNorm = gradientNorm;
  }
  return {
    parameters,
    iterations: options.maxIterations,
    hessianEvaluations,
    gradientNorm: maxAbs(gradient),
  };
}

// Below this relative size, a predicted decrease is lost in the rounding of a sum over many rows.
const objectiveRounding = 1e-12;

/**
 * Armijo backtracking from a full step. Near the optimum the predicted decrease falls below the
 * objective's rounding error, and a sound step can raise the computed value by a few ulps: there a full
 * step that shrinks the largest gradient component is accepted (the stop rule is on the gradient).
 */
function searchLine(
  objective: NewtonObjective,
  from: {
    readonly parameters: Float64Array;
    readonly value: number;
    readonly gradient: Float64Array;
    readonly gradientNorm: number;
  },
  step: Float64Array,
  trial: Float64Array,
  trialGradient: Float64Array,
): { size: number; candidate: number; accepted: boolean } {
  const { parameters, value, gradient, gradientNorm } = from;
  const n = parameters.length;
  let slope = 0;
  for (let index = 0; index < n; index++) slope += gradient[index]! * step[index]!;
  const decreaseIsRounding = -slope <= objectiveRounding * Math.abs(value);
  let size = 1;
  let candidate = Number.POSITIVE_INFINITY;
  for (let halving = 0; halving < 60; halving++) {
    for (let index = 0; index < n; index++) trial[index] = parameters[index]! + size * step[index]!;
    candidate = objective.evaluate(trial, trialGradient);
    if (candidate <= value + 1e-4 * size * slope) return { size, candidate, accepted: true };
    if (decreaseIsRounding && halving === 0 && maxAbs(trialGradient) < gradientNorm) {
      return { size, candidate, accepted: true };
    }
    size /= 2;
  }
  return { size, candidate, accepted: candidate <= value };
}

// A Hessian that is singular to working precision (saturated probabilities) gets Levenberg damping.
function dampedFactor(hessian: Float64Array, n: number): Float64Array {
  let trace = 0;
  for (let index = 0; index < n; index++) trace += hessian[index * n + index]!;
  let damping = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    const damped = Float64Array.from(hessian);
    for (let index = 0; index < n; index++) damped[index * n + index]! += damping;
    try {
      return choleskyFactor(damped, n);
    } catch (error) {
      if (!(error instanceof PredictionInputError)) throw error;
      damping = damping === 0 ? 1e-10 * Math.max(trace / n, 1) : damping * 100;
    }
  }
  throw new PredictionInputError('the Newton system stayed singular after damping');
}

function maxAbs(values: Float64Array): number {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  return largest;
}
