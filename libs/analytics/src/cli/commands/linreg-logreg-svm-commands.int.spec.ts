import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../../../test-fixtures/prediction/prediction-fixtures';
import { CliUsageError } from '../cli-command';
import { linregCommand } from './linreg.command';
import { logregCommand } from './logreg.command';
import { svmCommand } from './svm.command';

interface CoefficientOutput {
  intercept: number;
  coefficients: Record<string, number>;
  trainingAccuracy?: number;
}

const directory = mkdtempSync(join(tmpdir(), 'prediction-cli-'));
function csv(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('linreg command', () => {
  it('prints the Longley coefficients by column name', () => {
    const output = linregCommand.run({
      input: fixturePath('longley.csv'),
      target: 'TOTEMP',
    }) as CoefficientOutput;
    expect(output.intercept).toBeCloseTo(-3482258.63459582, 4);
    expect(output.coefficients['YEAR']).toBeCloseTo(1829.15146461355, 6);
  });

  it('reports a singular design as a usage error naming the column', () => {
    const input = csv('collinear.csv', 'x,double,y\n1,2,3\n2,4,5\n3,6,8\n4,8,9\n');
    expect(() => linregCommand.run({ input, target: 'y' })).toThrow(CliUsageError);
    expect(() => linregCommand.run({ input, target: 'y' })).toThrow(/double/);
  });

  it('rejects a missing target column and a bad ridge', () => {
    expect(() => linregCommand.run({ input: fixturePath('longley.csv'), target: 'nope' })).toThrow(
      /no column "nope"/,
    );
    expect(() =>
      linregCommand.run({ input: fixturePath('longley.csv'), target: 'TOTEMP', ridge: 'x' }),
    ).toThrow(/--ridge must be a number/);
  });
});

describe('logreg and svm commands', () => {
  it('fit the iris binary problem', () => {
    const input = fixturePath('iris-binary.csv');
    const logistic = logregCommand.run({ input, target: 'target', C: '1' }) as CoefficientOutput;
    const svm = svmCommand.run({ input, target: 'target' }) as CoefficientOutput;
    expect(Object.keys(logistic.coefficients)).toEqual([
      'sepal_length',
      'sepal_width',
      'petal_length',
      'petal_width',
    ]);
    expect(logistic.trainingAccuracy).toBeGreaterThan(0.9);
    expect(svm.trainingAccuracy).toBeGreaterThan(0.9);
  });

  it('report one class only as a usage error', () => {
    const input = csv('one-class.csv', 'x,label\n1,1\n2,1\n3,1\n');
    expect(() => logregCommand.run({ input, target: 'label' })).toThrow(/one class only/);
    expect(() => svmCommand.run({ input, target: 'label' })).toThrow(CliUsageError);
  });
});
