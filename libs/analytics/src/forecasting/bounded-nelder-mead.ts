export interface Bounds {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/**
 * Nelder-Mead on a box: trial points are clamped into the bounds before evaluation, so the simplex may
 * rest on a face (a parameter at 0 or 1, as R's L-BFGS-B allows). Stops when the simplex values span
 * less than `tolerance` relative to the best.
 */
export function nelderMead(
  objective: (point: Float64Array) => number,
  start: Float64Array,
  bounds: Bounds,
  { tolerance = 1e-12, maxEvaluations = 4000, initialStep = 0.1 } = {},
): { point: Float64Array; value: number; evaluations: number } {
  const n = start.length;
  const clamp = (point: Float64Array) =>
    point.map((value, index) => Math.min(Math.max(value, bounds.lower[index]!), bounds.upper[index]!));
  let evaluations = 0;
  const evaluate = (point: Float64Array) => {
    evaluations++;
    return objective(point);
  };
  const vertices: Float64Array[] = [clamp(start)];
  for (let index = 0; index < n; index++) {
    const vertex = Float64Array.from(vertices[0]!);
    const room = bounds.upper[index]! - vertex[index]!;
    vertex[index]! += room >= initialStep ? initialStep : -initialStep;
    vertices.push(clamp(vertex));
  }
  const values = vertices.map(evaluate);
  const order = () => {
    const ranked = vertices
      .map((vertex, index) => ({ vertex, value: values[index]! }))
      .sort((a, b) => a.value - b.value);
    ranked.forEach((entry, index) => {
      vertices[index] = entry.vertex;
      values[index] = entry.value;
    });
  };
  const along = (centroid: Float64Array, worst: Float64Array, factor: number) =>
    clamp(centroid.map((value, index) => value + factor * (value - worst[index]!)));
  while (evaluations < maxEvaluations) {
    order();
    const best = values[0]!;
    const worstValue = values[n]!;
    if (worstValue - best <= tolerance * (Math.abs(best) + tolerance)) break;
    const centroid = new Float64Array(n);
    for (let vertex = 0; vertex < n; vertex++) {
      for (let index = 0; index < n; index++) centroid[index]! += vertices[vertex]![index]! / n;
    }
    const worst = vertices[n]!;
    const reflected = along(centroid, worst, 1);
    const reflectedValue = evaluate(reflected);
    if (reflectedValue < best) {
      const expanded = along(centroid, worst, 2);
      const expandedValue = evaluate(expanded);
      [vertices[n], values[n]] =
        expandedValue < reflectedValue ? [expanded, expandedValue] : [reflected, reflectedValue];
    } else if (reflectedValue < values[n - 1]!) {
      [vertices[n], values[n]] = [reflected, reflectedValue];
    } else {
      const outside = reflectedValue < worstValue;
      const contracted = along(centroid, worst, outside ? 0.5 : -0.5);
      const contractedValue = evaluate(contracted);
      if (contractedValue < Math.min(reflectedValue, worstValue)) {
        [vertices[n], values[n]] = [contracted, contractedValue];
      } else {
        for (let vertex = 1; vertex <= n; vertex++) {
          vertices[vertex] = clamp(
            vertices[vertex]!.map((value, index) => (value + vertices[0]![index]!) / 2),
          );
          values[vertex] = evaluate(vertices[vertex]!);
        }
      }
    }
  }
  order();
  return { point: vertices[0]!, value: values[0]!, evaluations };
}
