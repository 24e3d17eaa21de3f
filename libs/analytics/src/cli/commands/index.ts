import { type CliCommand } from '../cli-command';
import { correlateCommand } from './correlate.command';
import { dbscanCommand } from './dbscan.command';
import { describeCommand } from './describe.command';
import { holtWintersCommand } from './holt-winters.command';
import { kmeansCommand } from './kmeans.command';
import { linregCommand } from './linreg.command';
import { logregCommand } from './logreg.command';
import { svmCommand } from './svm.command';

/** Every `crm-analytics` sub-command, in the order `--help` lists them. */
export const cliCommands: readonly CliCommand[] = [
  describeCommand,
  correlateCommand,
  kmeansCommand,
  dbscanCommand,
  linregCommand,
  logregCommand,
  svmCommand,
  holtWintersCommand,
];
