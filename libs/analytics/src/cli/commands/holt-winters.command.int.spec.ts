import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../../../test-fixtures/prediction/prediction-fixtures';
import { CliUsageError } from '../cli-command';
import { holtWintersCommand } from './holt-winters.command';

interface HoltWintersOutput {
  sse: number;
  parameters: { alpha: number; beta: number; gamma: number; phi: number };
  forecast: { mean: number[]; lower: number[]; upper: number[] };
}

describe('holt-winters command', () => {
  it('fits AirPassengers multiplicatively and forecasts with intervals', () => {
    const output = holtWintersCommand.run({
      input: fixturePath('air-passengers.csv'),
      column: 'passengers',
      period: '12',
      horizon: '24',
      seasonal: 'mul',
    }) as HoltWintersOutput;
    expect(output.sse).toBeLessThanOrEqual(16570.78);
    expect(output.forecast.mean).toHaveLength(24);
    output.forecast.mean.forEach((value, step) => {
      expect(output.forecast.lower[step]).toBeLessThan(value);
      expect(output.forecast.upper[step]).toBeGreaterThan(value);
    });
  });

  it('reads a single-column CSV and fits a damped additive model', () => {
    const values = [
      ...Array.from({ length: 48 }, (_, index) => 100 + index + 10 * Math.sin((index * Math.PI) / 2)),
    ];
    const input = join(mkdtempSync(join(tmpdir(), 'holt-winters-cli-')), 'series.csv');
    writeFileSync(input, `sales\n${values.join('\n')}\n`);
    const output = holtWintersCommand.run({ input, period: '4', damped: true }) as HoltWintersOutput;
    expect(output.parameters.phi).toBeGreaterThanOrEqual(0.8);
    expect(output.forecast.mean).toHaveLength(4);
  });

  it('asks for --column when the CSV has several numeric columns, and rejects a bad --seasonal', () => {
    expect(() => holtWintersCommand.run({ input: fixturePath('longley.csv'), period: '4' })).toThrow(
      /--column/,
    );
    expect(() =>
      holtWintersCommand.run({
        input: fixturePath('air-passengers.csv'),
        column: 'passengers',
        period: '12',
        seasonal: 'x',
      }),
    ).toThrow(CliUsageError);
  });
});
