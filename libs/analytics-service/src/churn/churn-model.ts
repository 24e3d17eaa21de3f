import {
  crossValidate,
  fitLinearSvm,
  fitLogisticRegression,
  kFold,
  rocAuc,
  StandardScaler,
  type NumericMatrix,
} from '@crm/analytics';
import type { CustomerFeatureName } from '../feature-store/customer-features';
import { AnalyticsError, withInputErrorsAsValidation } from '../shared/analytics-error';
import { CHURN_FEATURES, type ChurnDataset } from './churn-dataset';

export const CHURN_ALGORITHMS = ['logistic', 'svm'] as const;
export type ChurnAlgorithm = (typeof CHURN_ALGORITHMS)[number];

/** A trained churn model: standardisation, weights and how well it ranked unseen customers. */
export interface ChurnModel {
  readonly algorithm: ChurnAlgorithm;
  readonly C: number;
  readonly windowDays: number;
  readonly cutoff: string;
  readonly features: readonly CustomerFeatureName[];
  readonly means: readonly number[];
  readonly scales: readonly number[];
  readonly coefficients: readonly number[];
  readonly intercept: number;
  readonly customers: number;
  readonly churned: number;
  /** Stratified k-fold cross-validated ROC AUC: mean and per fold. */
  readonly rocAuc: { readonly mean: number; readonly folds: readonly number[] };
}

const MOST_FOLDS = 5;

interface Fitted {
  readonly scaler: StandardScaler;
  readonly coefficients: Float64Array;
  readonly intercept: number;
}

/** Trains on the whole dataset and reports the cross-validated ROC AUC of the same procedure. */
export function trainChurnModel(
  dataset: ChurnDataset,
  algorithm: ChurnAlgorithm,
  C: number,
  windowDays: number,
): ChurnModel {
  const churned = dataset.labels.reduce((total, label) => total + label, 0);
  const minority = Math.min(churned, dataset.labels.length - churned);
  if (minority < 2) {
    throw new AnalyticsError(
      'CHURN_NEEDS_BOTH_OUTCOMES',
      'illegal-state',
      `Churn training needs at least 2 customers who churned and 2 who stayed in the last ${windowDays} days; ` +
        `has ${churned} of ${dataset.labels.length} churned`,
    );
  }
  return withInputErrorsAsValidation(() => {
    const fit = (features: NumericMatrix, labels: Float64Array) => fitted(features, labels, algorithm, C);
    const folds = kFold(dataset.labels.length, {
      folds: Math.min(MOST_FOLDS, minority),
      stratify: dataset.labels,
      seed: 0,
    });
    const validation = crossValidate(
      fit,
      decisionOf,
      dataset.features,
      dataset.labels,
      folds,
      (actual, scores) => rocAuc(actual, scores),
    );
    const model = fit(dataset.features, dataset.labels);
    return {
      algorithm,
      C,
      windowDays,
      cutoff: dataset.cutoff,
      features: CHURN_FEATURES,
      means: Array.from(model.scaler.mean),
      scales: Array.from(model.scaler.scale),
      coefficients: Array.from(model.coefficients),
      intercept: model.intercept,
      customers: dataset.labels.length,
      churned,
      rocAuc: { mean: validation.meanScore ?? Number.NaN, folds: validation.foldScores },
    };
  });
}

function fitted(features: NumericMatrix, labels: Float64Array, algorithm: ChurnAlgorithm, C: number): Fitted {
  const scaler = new StandardScaler().fit(features);
  const scaled = scaler.transform(features);
  const model =
    algorithm === 'logistic'
      ? fitLogisticRegression(scaled, labels, { C })
      : fitLinearSvm(scaled, labels, { C });
  return { scaler, coefficients: model.coefficients, intercept: model.intercept };
}

function decisionOf(model: Fitted, features: NumericMatrix): Float64Array {
  const scaled = model.scaler.transform(features);
  return Float64Array.from({ length: scaled.rows }, (_, row) =>
    decision(
      model.coefficients,
      model.intercept,
      scaled.data.subarray(row * scaled.cols, (row + 1) * scaled.cols),
    ),
  );
}

export function decision(
  coefficients: ArrayLike<number>,
  intercept: number,
  standardised: ArrayLike<number>,
): number {
  let sum = intercept;
  for (let index = 0; index < coefficients.length; index++)
    sum += (coefficients[index] ?? 0) * (standardised[index] ?? 0);
  return sum;
}
