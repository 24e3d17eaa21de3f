import {
  chooseK,
  dbscan,
  kMeans,
  silhouetteScore,
  StandardScaler,
  takeRows,
  type KCandidate,
  type Matrix,
} from '@crm/analytics';
import {
  CUSTOMER_FEATURES,
  type CustomerFeatureName,
  type CustomerFeatures,
} from '../feature-store/customer-features';
import { featureMatrix } from '../feature-store/feature-matrix';
import { AnalyticsError, withInputErrorsAsValidation } from '../shared/analytics-error';
import { segmentDescription, segmentLabel } from './segment-description';

// Breached cases are rare and mostly zero: as a clustering axis they would split off single customers.
export const SEGMENT_FEATURES: readonly CustomerFeatureName[] = CUSTOMER_FEATURES.filter(
  (feature) => feature !== 'breachedCases',
);

export type SegmentationRequest =
  | { readonly algorithm: 'kmeans'; readonly k?: number; readonly seed?: number }
  | { readonly algorithm: 'dbscan'; readonly eps: number; readonly minPoints: number };

export const NOISE_SEGMENT = 'noise';
const LARGEST_K = 8;
const SILHOUETTE_SAMPLE = 2000;
const RESTARTS = 3;

export interface Segment {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly size: number;
  /** Mean of each feature over the members, in its own units. */
  readonly means: Readonly<Partial<Record<CustomerFeatureName, number>>>;
  readonly memberIds: readonly string[];
}

export interface Segmentation {
  readonly algorithm: 'kmeans' | 'dbscan';
  readonly parameters: Readonly<Record<string, number>>;
  readonly features: readonly CustomerFeatureName[];
  readonly customers: number;
  /** Mean silhouette of the clustering (noise left out); null below two clusters. */
  readonly silhouette: number | null;
  /** The k tried and their silhouettes when k was chosen. */
  readonly candidates: readonly KCandidate[];
  readonly segments: readonly Segment[];
}

/** Segments of the customers by K-means (k by silhouette unless given) or DBSCAN on standardised features. */
export function segmentCustomers(
  customers: readonly CustomerFeatures[],
  request: SegmentationRequest,
): Segmentation {
  if (customers.length < 3) {
    throw new AnalyticsError(
      'TOO_FEW_CUSTOMERS',
      'illegal-state',
      `Segmentation needs at least 3 customers, has ${customers.length}`,
    );
  }
  const raw = featureMatrix(customers, SEGMENT_FEATURES);
  const data = new StandardScaler().fit(raw).transform(raw);
  return withInputErrorsAsValidation(() =>
    request.algorithm === 'kmeans'
      ? byKMeans(customers, raw, data, request)
      : byDbscan(customers, raw, data, request),
  );
}

function byKMeans(
  customers: readonly CustomerFeatures[],
  raw: Matrix,
  data: Matrix,
  request: { readonly k?: number; readonly seed?: number },
): Segmentation {
  const seed = request.seed ?? 0;
  const choice =
    request.k === undefined
      ? chooseK(data, {
          kMin: 2,
          kMax: Math.min(LARGEST_K, data.rows - 1),
          seed,
          nInit: RESTARTS,
          sampleSize: SILHOUETTE_SAMPLE,
        })
      : null;
  const k = request.k ?? choice?.bestK ?? 2;
  const clustering = kMeans(data, { k, seed, nInit: RESTARTS });
  return {
    algorithm: 'kmeans',
    parameters: { k, seed },
    features: SEGMENT_FEATURES,
    customers: customers.length,
    silhouette:
      k > 1 ? silhouetteScore(data, clustering.labels, { seed, sampleSize: SILHOUETTE_SAMPLE }) : null,
    candidates: choice?.candidates ?? [],
    segments: segmentsOf(customers, raw, data, clustering.labels),
  };
}

function byDbscan(
  customers: readonly CustomerFeatures[],
  raw: Matrix,
  data: Matrix,
  request: { readonly eps: number; readonly minPoints: number },
): Segmentation {
  const clustering = dbscan(data, request);
  const clustered = Array.from(clustering.labels.keys()).filter((row) => (clustering.labels[row] ?? -1) >= 0);
  const silhouette =
    clustering.clusterCount >= 2 && clustered.length > clustering.clusterCount
      ? silhouetteScore(
          takeRows(data, clustered),
          clustered.map((row) => clustering.labels[row] ?? 0),
          { sampleSize: SILHOUETTE_SAMPLE },
        )
      : null;
  return {
    algorithm: 'dbscan',
    parameters: { eps: request.eps, minPoints: request.minPoints },
    features: SEGMENT_FEATURES,
    customers: customers.length,
    silhouette,
    candidates: [],
    segments: segmentsOf(customers, raw, data, clustering.labels),
  };
}

function segmentsOf(
  customers: readonly CustomerFeatures[],
  raw: Matrix,
  data: Matrix,
  labels: Int32Array,
): Segment[] {
  const rowsByLabel = new Map<number, number[]>();
  labels.forEach((label, row) => {
    const rows = rowsByLabel.get(label);
    if (rows === undefined) rowsByLabel.set(label, [row]);
    else rows.push(row);
  });
  return [...rowsByLabel.keys()]
    .sort((left, right) => left - right)
    .map((label) => {
      const rows = rowsByLabel.get(label) ?? [];
      const means = Object.fromEntries(
        SEGMENT_FEATURES.map((feature, column) => [feature, columnMean(raw, rows, column)]),
      );
      const centre = SEGMENT_FEATURES.map((_, column) => columnMean(data, rows, column));
      const word = label === -1 ? 'outliers' : segmentLabel(SEGMENT_FEATURES, centre);
      return {
        id: label === -1 ? NOISE_SEGMENT : `segment-${label + 1}`,
        label: word,
        description: segmentDescription(word, rows.length, customers.length, means),
        size: rows.length,
        means,
        memberIds: rows.map((row) => customers[row]?.customerId ?? ''),
      };
    });
}

function columnMean(matrix: Matrix, rows: readonly number[], column: number): number {
  let sum = 0;
  for (const row of rows) sum += matrix.data[row * matrix.cols + column] ?? 0;
  return rows.length === 0 ? 0 : sum / rows.length;
}
