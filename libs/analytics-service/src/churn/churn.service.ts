import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { FeatureSnapshotService } from '../feature-store/feature-snapshot.service';
import { AnalyticsError } from '../shared/analytics-error';
import { CurrentResult } from '../shared/current-result';
import type { Freshness } from '../shared/freshness';
import { pageOf } from '../shared/offset-cursor';
import { churnDataset, customersToScore } from './churn-dataset';
import { trainChurnModel, type ChurnAlgorithm, type ChurnModel } from './churn-model';
import { churnRisks, type ChurnRisk } from './churn-risk';

export const CHURN_MODELS_COLLECTION = 'analytics-churn-models';
export const RISK_THRESHOLD = 0.5;

export interface TrainChurnRequest {
  readonly algorithm: ChurnAlgorithm;
  readonly windowDays: number;
  readonly C: number;
}

export const DEFAULT_CHURN_TRAINING: TrainChurnRequest = { algorithm: 'logistic', windowDays: 30, C: 1 };

export interface StoredChurnModel extends ChurnModel {
  readonly trainedAt: string;
  readonly freshness: Freshness;
}

export interface ChurnRiskPage {
  readonly model: StoredChurnModel;
  readonly threshold: number;
  readonly items: ChurnRisk[];
  readonly nextCursor: string | null;
  readonly freshness: Freshness;
}

/** Churn models trained on the feature store's history and the risks they give each customer now. */
@Injectable()
export class ChurnService {
  private readonly models: CurrentResult<StoredChurnModel>;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    private readonly snapshots: FeatureSnapshotService,
  ) {
    this.models = new CurrentResult(documents, CHURN_MODELS_COLLECTION);
  }

  async train(tenantId: string, request: TrainChurnRequest): Promise<StoredChurnModel> {
    const snapshot = await this.snapshots.snapshot(tenantId);
    const dataset = churnDataset(snapshot, request.windowDays);
    const model = trainChurnModel(dataset, request.algorithm, request.C, request.windowDays);
    const stored = { ...model, trainedAt: new Date().toISOString(), freshness: snapshot.freshness };
    await this.models.replace(tenantId, stored);
    return stored;
  }

  /** Risks, highest first (or one customer's); trains the default model when none exists yet. */
  async risks(
    tenantId: string,
    query: { readonly customerId?: string; readonly limit: number; readonly cursor?: string },
  ): Promise<ChurnRiskPage> {
    const model = (await this.models.get(tenantId)) ?? (await this.train(tenantId, DEFAULT_CHURN_TRAINING));
    const snapshot = await this.snapshots.snapshot(tenantId);
    const { customers, features } = customersToScore(snapshot);
    const risks = churnRisks(model, customers, features, RISK_THRESHOLD);
    const base = { model, threshold: RISK_THRESHOLD, freshness: snapshot.freshness };
    if (query.customerId !== undefined) {
      const risk = risks.find((candidate) => candidate.customerId === query.customerId);
      if (risk === undefined) {
        throw new AnalyticsError(
          'CUSTOMER_WITHOUT_ORDERS',
          'not-found',
          `Customer ${query.customerId} has no paid orders to score`,
        );
      }
      return { ...base, items: [risk], nextCursor: null };
    }
    return { ...base, ...pageOf(risks, query) };
  }
}
