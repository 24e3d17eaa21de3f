import {
  frequentlyBoughtTogether,
  recommendForBasket,
  type FrequentItemsetResult,
  type TransactionSet,
} from '@crm/analytics';
import { Injectable } from '@nestjs/common';
import { FeatureSnapshotService } from '../feature-store/feature-snapshot.service';
import { AnalyticsError, withInputErrorsAsValidation } from '../shared/analytics-error';
import type { Freshness } from '../shared/freshness';
import { basketTransactions, skusByCustomer } from './basket-transactions';
import {
  countByLength,
  itemsetViews,
  mineItemsets,
  ruleView,
  strongestRules,
  type ItemsetView,
  type MiningAlgorithm,
  type RuleView,
} from './basket-mining';

export interface MiningRequest {
  readonly algorithm: MiningAlgorithm;
  readonly minSupport: number;
  readonly maxLength?: number;
}

export interface ItemsetsResult {
  readonly algorithm: MiningAlgorithm;
  readonly minSupport: number;
  readonly minCount: number;
  readonly transactionCount: number;
  readonly total: number;
  /** Index 0 holds the number of 1-itemsets. */
  readonly countByLength: number[];
  readonly itemsets: ItemsetView[];
  readonly freshness: Freshness;
}

export interface RulesResult {
  readonly algorithm: MiningAlgorithm;
  readonly minSupport: number;
  readonly minConfidence: number;
  readonly transactionCount: number;
  readonly total: number;
  readonly rules: RuleView[];
  readonly freshness: Freshness;
}

export interface RecommendationView {
  readonly sku: string;
  readonly confidence: number;
  readonly lift: number;
  /** Why: the rule behind it (for a customer) or the pair's count (for a SKU). */
  readonly because: readonly string[];
  readonly count: number;
}

export interface RecommendationsResult {
  readonly customerId: string | null;
  readonly sku: string | null;
  readonly items: RecommendationView[];
  readonly freshness: Freshness;
}

interface Mined {
  readonly transactions: TransactionSet;
  readonly result: FrequentItemsetResult;
  readonly freshness: Freshness;
}

const CACHED_MININGS = 16;

/**
 * Basket analysis over the orders in the feature store, mined afresh when orders changed since the
 * last mining with the same parameters (so a new order shows in the next answer).
 */
@Injectable()
export class BasketAnalysisService {
  private readonly cache = new Map<string, { version: number; mined: Mined }>();

  constructor(private readonly snapshots: FeatureSnapshotService) {}

  async itemsets(tenantId: string, request: MiningRequest, limit: number): Promise<ItemsetsResult> {
    const { transactions, result, freshness } = await this.mined(tenantId, request);
    return {
      algorithm: request.algorithm,
      minSupport: request.minSupport,
      minCount: result.minCount,
      transactionCount: result.transactionCount,
      total: result.itemsets.length,
      countByLength: countByLength(result.itemsets),
      itemsets: itemsetViews(result, transactions).slice(0, limit),
      freshness,
    };
  }

  async rules(
    tenantId: string,
    request: MiningRequest,
    minConfidence: number,
    limit: number,
  ): Promise<RulesResult> {
    const { transactions, result, freshness } = await this.mined(tenantId, request);
    const rules = withInputErrorsAsValidation(() => strongestRules(result, minConfidence));
    return {
      algorithm: request.algorithm,
      minSupport: request.minSupport,
      minConfidence,
      transactionCount: result.transactionCount,
      total: rules.length,
      rules: rules.slice(0, limit).map((rule) => ruleView(rule, transactions)),
      freshness,
    };
  }

  async forCustomer(
    tenantId: string,
    customerId: string,
    request: MiningRequest,
    minConfidence: number,
    limit: number,
  ): Promise<RecommendationsResult> {
    const snapshot = await this.snapshots.snapshot(tenantId);
    const { transactions, result, freshness } = await this.mined(tenantId, request);
    const bought = skusByCustomer(snapshot.orders).get(customerId);
    if (bought === undefined) {
      throw new AnalyticsError(
        'CUSTOMER_WITHOUT_ORDERS',
        'not-found',
        `Customer ${customerId} has no orders`,
      );
    }
    const idOf = new Map(transactions.itemNames.map((name, id) => [name, id]));
    const owned = [...bought].flatMap((sku) => {
      const id = idOf.get(sku);
      return id === undefined ? [] : [id];
    });
    const rules = withInputErrorsAsValidation(() => strongestRules(result, minConfidence));
    const items = recommendForBasket(rules, owned, limit).map((recommendation) => {
      const view = ruleView(recommendation.rule, transactions);
      return {
        sku: transactions.itemNames[recommendation.item] ?? String(recommendation.item),
        confidence: recommendation.confidence,
        lift: recommendation.lift,
        because: view.antecedent,
        count: view.count,
      };
    });
    return { customerId, sku: null, items, freshness };
  }

  async forSku(
    tenantId: string,
    sku: string,
    request: MiningRequest,
    limit: number,
  ): Promise<RecommendationsResult> {
    const { transactions, result, freshness } = await this.mined(tenantId, { ...request, maxLength: 2 });
    const item = transactions.itemNames.indexOf(sku);
    const partners = item === -1 ? [] : frequentlyBoughtTogether(result, item, limit);
    const items = partners.map((partner) => ({
      sku: transactions.itemNames[partner.item] ?? String(partner.item),
      confidence: partner.confidence,
      lift: partner.lift,
      because: [sku],
      count: partner.count,
    }));
    return { customerId: null, sku, items, freshness };
  }

  private async mined(tenantId: string, request: MiningRequest): Promise<Mined> {
    const snapshot = await this.snapshots.snapshot(tenantId);
    const key = JSON.stringify([tenantId, request.algorithm, request.minSupport, request.maxLength ?? null]);
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.version === snapshot.version) return cached.mined;
    const transactions = basketTransactions(snapshot.orders);
    if (transactions.transactionCount === 0) {
      throw new AnalyticsError('NO_ORDERS', 'illegal-state', 'There are no orders to analyse yet');
    }
    const result = withInputErrorsAsValidation(() =>
      mineItemsets(transactions, request.algorithm, {
        minSupport: request.minSupport,
        ...(request.maxLength === undefined ? {} : { maxLength: request.maxLength }),
      }),
    );
    const mined = { transactions, result, freshness: snapshot.freshness };
    this.cache.delete(key);
    this.cache.set(key, { version: snapshot.version, mined });
    if (this.cache.size > CACHED_MININGS) this.cache.delete(this.cache.keys().next().value ?? key);
    return mined;
  }
}
