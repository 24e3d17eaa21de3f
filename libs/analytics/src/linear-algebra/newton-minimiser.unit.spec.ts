import { minimiseByNewton, type NewtonObjective } from './newton-minimiser';

/**
 * Σ (e^(xᵢ − 1) − xᵢ) plus a large constant, minimised at xᵢ = 1, whose computed value carries
 * rounding-sized noise of alternating sign, as a sum over many rows does.
 */
function noisyExponentialObjective(dimension: number): NewtonObjective & { evaluations: number } {
  return {
    dimension,
    evaluations: 0,
    evaluate(parameters, gradient) {
      this.evaluations++;
      let value = 1e5 + (this.evaluations % 2 === 0 ? 1e-9 : -1e-9);
      parameters.forEach((parameter, index) => {
        value += Math.exp(parameter - 1) - parameter;
        if (gradient !== undefined) gradient[index] = Math.exp(parameter - 1) - 1;
      });
      return value;
    },
    hessian(parameters, hessian) {
      hessian.fill(0);
      parameters.forEach((parameter, index) => {
        hessian[index * dimension + index] = Math.exp(parameter - 1);
      });
    },
  };
}

describe(minimiseByNewton.name, () => {
  it('reaches a tight gradient tolerance when the objective value is only known to rounding', () => {
    const objective = noisyExponentialObjective(3);

    const result = minimiseByNewton(objective, { gradientTolerance: 1e-14, maxIterations: 50 });

    expect(result.gradientNorm).toBeLessThanOrEqual(1e-14);
    result.parameters.forEach((parameter) => {
      expect(parameter).toBeCloseTo(1, 12);
    });
    expect(objective.evaluations).toBeLessThan(20);
  });
});
