import { CurrentContext, type RequestContext } from '@crm/http';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnalyticsError } from '../shared/analytics-error';
import {
  BasketAnalysisService,
  type ItemsetsResult,
  type MiningRequest,
  type RecommendationsResult,
  type RulesResult,
} from './basket-analysis.service';
import {
  DEFAULT_MIN_CONFIDENCE,
  DEFAULT_MIN_SUPPORT,
  ItemsetsRequest,
  RecommendationsRequest,
  RulesRequest,
} from './basket.request';

const DEFAULT_LIMIT = 1000;
const DEFAULT_RECOMMENDATIONS = 10;

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class BasketController {
  constructor(private readonly baskets: BasketAnalysisService) {}

  @Get('basket/itemsets')
  @ApiOperation({ summary: 'Frequent itemsets of the orders (each order one basket of distinct SKUs)' })
  itemsets(
    @Query() query: ItemsetsRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<ItemsetsResult> {
    return this.baskets.itemsets(context.tenantId, miningOf(query), query.limit ?? DEFAULT_LIMIT);
  }

  @Get('basket/rules')
  @ApiOperation({ summary: 'Association rules (one item on the right), strongest first' })
  rules(@Query() query: RulesRequest, @CurrentContext() context: RequestContext): Promise<RulesResult> {
    return this.baskets.rules(
      context.tenantId,
      miningOf(query),
      query.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
      query.limit ?? DEFAULT_LIMIT,
    );
  }

  @Get('recommendations')
  @ApiOperation({ summary: 'What to offer a customer (rules they match) or with a SKU (bought together)' })
  recommendations(
    @Query() query: RecommendationsRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<RecommendationsResult> {
    const limit = query.limit ?? DEFAULT_RECOMMENDATIONS;
    if ((query.customerId === undefined) === (query.sku === undefined)) {
      throw new AnalyticsError('ONE_SUBJECT', 'validation', 'Give exactly one of customerId and sku');
    }
    if (query.customerId !== undefined) {
      const minConfidence = query.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
      return this.baskets.forCustomer(
        context.tenantId,
        query.customerId,
        miningOf(query),
        minConfidence,
        limit,
      );
    }
    return this.baskets.forSku(context.tenantId, query.sku ?? '', miningOf(query), limit);
  }
}

function miningOf(query: ItemsetsRequest): MiningRequest {
  return {
    algorithm: query.algorithm ?? 'fpgrowth',
    minSupport: query.minSupport ?? DEFAULT_MIN_SUPPORT,
    ...(query.maxLength === undefined ? {} : { maxLength: query.maxLength }),
  };
}
