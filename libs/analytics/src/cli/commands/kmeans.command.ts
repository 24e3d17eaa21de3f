import { kMeans, matrixToRows } from '../../clustering';
import { type CliCommand, CliUsageError } from '../cli-command';
import { optionalChoice, optionalInteger } from '../options';
import {
  asClusteringUsageError,
  clusterSizes,
  inputOptions,
  readClusteringInput,
} from './kmeans-dbscan-input';

/** `kmeans`: k-means as scikit-learn's KMeans on the numeric columns of a CSV. */
export const kmeansCommand: CliCommand = {
  name: 'kmeans',
  summary: 'K-means clustering (k-means++, best of --n-init runs) as scikit-learn KMeans',
  options: {
    ...inputOptions,
    k: { type: 'string', description: 'number of clusters' },
    seed: { type: 'string', description: 'seed for k-means++ (default 0)' },
    'n-init': { type: 'string', description: 'k-means++ restarts; the lowest inertia wins (default 1)' },
    algorithm: { type: 'string', description: 'hamerly (default), elkan or lloyd' },
  },
  run(options) {
    if (options['k'] === undefined) throw new CliUsageError('--k is required');
    const k = optionalInteger(options, 'k', Number.NaN);
    const seed = optionalInteger(options, 'seed', 0, 0);
    const nInit = optionalInteger(options, 'n-init', 1);
    const algorithm = optionalChoice(options, 'algorithm', ['hamerly', 'elkan', 'lloyd']);
    const { header, matrix, scaler } = readClusteringInput(options);
    const result = asClusteringUsageError(() => kMeans(matrix, { k, seed, nInit, algorithm }));
    const centres = scaler === undefined ? result.centres : scaler.inverseTransform(result.centres);
    return {
      model: 'kmeans',
      rows: matrix.rows,
      columns: header,
      standardized: scaler !== undefined,
      k,
      algorithm,
      // In standardised units when --standardize is set; the centres are always in input units.
      inertia: result.inertia,
      iterations: result.iterations,
      centres: matrixToRows(centres),
      clusterSizes: clusterSizes(result.labels, k),
      labels: Array.from(result.labels),
    };
  },
};
