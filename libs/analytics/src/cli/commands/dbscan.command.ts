import { dbscan } from '../../clustering';
import { type CliCommand, CliUsageError } from '../cli-command';
import { optionalInteger, optionalNumber } from '../options';
import {
  asClusteringUsageError,
  clusterSizes,
  inputOptions,
  readClusteringInput,
} from './kmeans-dbscan-input';

/** `dbscan`: density clustering as scikit-learn's DBSCAN on the numeric columns of a CSV. */
export const dbscanCommand: CliCommand = {
  name: 'dbscan',
  summary: 'DBSCAN density clustering (Euclidean, <= eps, min points count the point itself) as scikit-learn',
  options: {
    ...inputOptions,
    eps: {
      type: 'string',
      description: 'neighbourhood radius (> 0), in standardised units with --standardize',
    },
    'min-points': {
      type: 'string',
      description: 'neighbours, the point itself included, that make a core point (default 5)',
    },
  },
  run(options) {
    if (options['eps'] === undefined) throw new CliUsageError('--eps is required');
    const eps = optionalNumber(options, 'eps', Number.NaN);
    const minPoints = optionalInteger(options, 'min-points', 5);
    const { header, matrix, scaler } = readClusteringInput(options);
    const result = asClusteringUsageError(() => dbscan(matrix, { eps, minPoints }));
    return {
      model: 'dbscan',
      rows: matrix.rows,
      columns: header,
      standardized: scaler !== undefined,
      eps,
      minPoints,
      clusterCount: result.clusterCount,
      noiseCount: result.noiseCount,
      coreCount: result.coreSampleIndices.length,
      clusterSizes: clusterSizes(result.labels, result.clusterCount),
      labels: Array.from(result.labels),
    };
  },
};
