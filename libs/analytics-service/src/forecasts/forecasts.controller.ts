import { CurrentContext, type RequestContext } from '@crm/http';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Freshness } from '../shared/freshness';
import { ForecastService, type SalesForecastResult } from './forecast.service';
import { SalesForecastRequestQuery } from './forecast.request';
import type { PipelineForecast } from './pipeline-forecast';
import { DEFAULT_SEASON_LENGTH } from './series-forecast';

@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics/forecasts')
export class ForecastsController {
  constructor(private readonly forecasts: ForecastService) {}

  @Get('sales')
  @ApiOperation({
    summary:
      'Holt-Winters sales forecast per product, category or channel, with intervals and back-tested MAPE',
  })
  sales(
    @Query() query: SalesForecastRequestQuery,
    @CurrentContext() context: RequestContext,
  ): Promise<SalesForecastResult> {
    const interval = query.interval ?? 'month';
    return this.forecasts.sales(context.tenantId, {
      by: query.by ?? 'total',
      ...(query.key === undefined ? {} : { key: query.key }),
      interval,
      horizon: query.horizon ?? 6,
      seasonLength: query.seasonLength ?? DEFAULT_SEASON_LENGTH[interval],
      confidence: query.confidence ?? 0.95,
      limit: query.limit ?? 5,
    });
  }

  @Get('pipeline')
  @ApiOperation({ summary: 'Weighted pipeline (amount × probability of open opportunities) by close month' })
  pipeline(@CurrentContext() context: RequestContext): Promise<PipelineForecast & { freshness: Freshness }> {
    return this.forecasts.pipeline(context.tenantId);
  }
}
