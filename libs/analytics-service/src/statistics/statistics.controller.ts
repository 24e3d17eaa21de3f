import { CurrentContext, type RequestContext } from '@crm/http';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CUSTOMER_FEATURES, customerFeatures, dataTimeOf } from '../feature-store/customer-features';
import { FeatureSnapshotService } from '../feature-store/feature-snapshot.service';
import type { Freshness } from '../shared/freshness';
import { withInputErrorsAsValidation } from '../shared/analytics-error';
import { compareSales, type CompareDimension, type CompareMetric, type GroupComparison } from './comparison';
import { dateRangeOf } from './date-range';
import { featureCorrelations, type FeatureCorrelations } from './feature-correlations';
import { salesSummary, type SalesSummary } from './sales-summary';
import { CompareRequest, CorrelationsRequest, DateRangeRequest } from './statistics.request';

type Fresh<T> = T & { readonly freshness: Freshness };

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
export class StatisticsController {
  constructor(private readonly snapshots: FeatureSnapshotService) {}

  @Get('summary')
  @ApiOperation({
    summary: 'Revenue, orders, order value (mean, median, sd), customers, cases, satisfaction',
  })
  async summary(
    @Query() query: DateRangeRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<Fresh<SalesSummary>> {
    const snapshot = await this.snapshots.snapshot(context.tenantId);
    return { ...salesSummary(snapshot, dateRangeOf(query.from, query.to)), freshness: snapshot.freshness };
  }

  @Get('compare')
  @ApiOperation({ summary: 'A sales metric compared by channel, region, product, category or period' })
  async compare(
    @Query() query: CompareRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<Fresh<{ metric: CompareMetric; by: CompareDimension; groups: GroupComparison[] }>> {
    const snapshot = await this.snapshots.snapshot(context.tenantId);
    const metric = query.metric ?? 'revenue';
    const by = query.by ?? 'channel';
    const range = dateRangeOf(query.from, query.to);
    const groups = withInputErrorsAsValidation(() =>
      compareSales(snapshot, metric, by, range, query.interval ?? 'month'),
    );
    return { metric, by, groups, freshness: snapshot.freshness };
  }

  @Get('correlations')
  @ApiOperation({ summary: 'Correlations between customer features' })
  async correlations(
    @Query() query: CorrelationsRequest,
    @CurrentContext() context: RequestContext,
  ): Promise<Fresh<FeatureCorrelations>> {
    const snapshot = await this.snapshots.snapshot(context.tenantId);
    const customers = customerFeatures(snapshot, dataTimeOf(snapshot));
    const correlations = featureCorrelations(
      customers,
      query.metrics ?? CUSTOMER_FEATURES,
      query.method ?? 'pearson',
    );
    return { ...correlations, freshness: snapshot.freshness };
  }
}
