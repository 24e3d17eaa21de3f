import { Module } from '@nestjs/common';
import { BasketAnalysisService } from './basket/basket-analysis.service';
import { BasketController } from './basket/basket.controller';
import { ChurnController } from './churn/churn.controller';
import { ChurnService } from './churn/churn.service';
import { FeatureSnapshotService } from './feature-store/feature-snapshot.service';
import { FeatureStoreConsumer } from './feature-store/feature-store.consumer';
import { FreshnessTracker } from './feature-store/freshness-tracker';
import { ForecastService } from './forecasts/forecast.service';
import { ForecastsController } from './forecasts/forecasts.controller';
import { SegmentsController } from './segments/segments.controller';
import { SegmentsService } from './segments/segments.service';
import { AnalyticsJobs } from './shared/analytics-jobs';
import { StatisticsController } from './statistics/statistics.controller';

/**
 * The analytics context: a feature store fed by every context's integration events, and the analyses
 * over it under /analytics. Whoever imports it binds DOCUMENT_STORE and (to consume) MESSAGE_CONSUMER.
 */
@Module({
  controllers: [
    StatisticsController,
    BasketController,
    SegmentsController,
    ForecastsController,
    ChurnController,
  ],
  providers: [
    FreshnessTracker,
    FeatureStoreConsumer,
    FeatureSnapshotService,
    AnalyticsJobs,
    BasketAnalysisService,
    SegmentsService,
    ForecastService,
    ChurnService,
  ],
})
export class AnalyticsServiceModule {}
