import { PredictionInputError } from '../linear-algebra';
import { readFixtureCsv, readFixtureJson } from '../../test-fixtures/prediction/prediction-fixtures';
import { fitHoltWinters } from './holt-winters';
import { normalQuantile } from './normal-quantile';

interface FixedCase {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
  multiplicative: boolean;
  startLevel: number;
  startTrend: number;
  startSeason: number[];
  sse: number;
  fitted: number[];
  level: number;
  trend: number;
  season: number[];
  forecastVariances: number[] | null;
}
interface HoltWintersFixture {
  multiplicativeR: FixedCase;
  additive: FixedCase;
  multiplicativeDamped: FixedCase;
  fittedMultiplicative: { sse: number; rSse: number };
}

const reference = readFixtureJson('holt-winters.json') as HoltWintersFixture;
const passengers = readFixtureCsv('air-passengers.csv').columns.get('passengers')!;
const relative = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.max(1, Math.abs(expected));

describe(fitHoltWinters.name, () => {
  it('reads the AirPassengers series', () => {
    expect(passengers).toHaveLength(144);
    expect(passengers.reduce((total, value) => total + value, 0)).toBe(40363);
    expect(Array.from(passengers.slice(0, 4))).toEqual([112, 118, 132, 129]);
  });

  it.each(['multiplicativeR', 'additive', 'multiplicativeDamped'] as const)(
    'reproduces the fixed-parameter recursion to 1e-9 (%s)',
    (name) => {
      const expected = reference[name];
      const model = fitHoltWinters(passengers, {
        period: 12,
        seasonal: expected.multiplicative ? 'multiplicative' : 'additive',
        damped: expected.phi !== 1,
        alpha: expected.alpha,
        beta: expected.beta,
        gamma: expected.gamma,
        phi: expected.phi,
      });
      expect(relative(model.sse, expected.sse)).toBeLessThan(1e-9);
      expected.fitted.forEach((value, index) => {
        expect(relative(model.state.fitted[index]!, value)).toBeLessThan(1e-9);
      });
      expect(relative(model.state.level, expected.level)).toBeLessThan(1e-9);
      expect(relative(model.state.trend, expected.trend)).toBeLessThan(1e-9);
      expected.season.forEach((value, index) => {
        expect(relative(model.state.season[index]!, value)).toBeLessThan(1e-9);
      });
      if (expected.forecastVariances !== null) {
        const { variance } = model.forecast(24);
        expected.forecastVariances.forEach((value, index) => {
          expect(relative(variance[index]!, value)).toBeLessThan(1e-9);
        });
      }
    },
  );

  it("starts from R's decompose-based level, trend and season", () => {
    const expected = reference.multiplicativeR;
    const model = fitHoltWinters(passengers, {
      period: 12,
      seasonal: 'multiplicative',
      alpha: 0.5,
      beta: 0.1,
      gamma: 0.1,
    });
    expect(model.state.fitted[0]).toBeCloseTo(
      (expected.startLevel + expected.startTrend) * expected.startSeason[0]!,
      9,
    );
  });

  it("fits AirPassengers (multiplicative) to an SSE no worse than R's 16,570.78", () => {
    const model = fitHoltWinters(passengers, { period: 12, seasonal: 'multiplicative' });
    expect(model.sse).toBeLessThanOrEqual(reference.fittedMultiplicative.rSse);
    expect(model.sse).toBeLessThanOrEqual(reference.fittedMultiplicative.sse + 1e-6);
    expect(model.parameters.alpha).toBeCloseTo(0.2756, 2);
    expect(model.parameters.gamma).toBeCloseTo(0.8707, 2);
  });

  it('fits a damped trend with φ in [0.8, 1]', () => {
    const undamped = fitHoltWinters(passengers, { period: 12, seasonal: 'multiplicative' });
    const model = fitHoltWinters(passengers, { period: 12, seasonal: 'multiplicative', damped: true });
    expect(model.parameters.phi).toBeGreaterThanOrEqual(0.8);
    expect(model.parameters.phi).toBeLessThanOrEqual(1);
    expect(model.sse).toBeLessThanOrEqual(undamped.sse + 1e-6);
  });

  it('forecasts with intervals that widen with the horizon', () => {
    const model = fitHoltWinters(passengers, { period: 12, seasonal: 'additive' });
    const { mean, lower, upper } = model.forecast(24, 0.95);
    expect(mean).toHaveLength(24);
    expect(upper[23]! - lower[23]!).toBeGreaterThan(upper[0]! - lower[0]!);
    expect(upper[0]! - mean[0]!).toBeCloseTo(normalQuantile(0.975) * Math.sqrt(model.residualVariance), 9);
  });

  it('rejects empty, short, non-finite and zero-containing multiplicative series', () => {
    expect(() => fitHoltWinters(new Float64Array(), { period: 12 })).toThrow(/empty/);
    expect(() => fitHoltWinters(passengers.slice(0, 24), { period: 12 })).toThrow(/two periods/);
    const withNaN = Float64Array.from(passengers);
    withNaN[30] = Number.NaN;
    expect(() => fitHoltWinters(withNaN, { period: 12 })).toThrow(PredictionInputError);
    const withZero = Float64Array.from(passengers);
    withZero[30] = 0;
    expect(() => fitHoltWinters(withZero, { period: 12, seasonal: 'multiplicative' })).toThrow(/non-zero/);
    expect(() => fitHoltWinters(passengers, { period: 12, alpha: 1.5 })).toThrow(/alpha must be/);
  });
});

describe(normalQuantile.name, () => {
  it("matches R's qnorm", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
  });
});
