import { Module } from '@nestjs/common';
import { BasketAnalysisService } from './basket/basket-analysis.service';
import { BasketController } from './basket/basket.controller';
import { FeatureSnapshotService } from './feature-store/feature-snapshot.service';
import { FeatureStoreConsumer } from './feature-store/feature-store.consumer';
import { FreshnessTracker } from './feature-store/freshness-tracker';

/**
 * The analytics context: a feature store fed by every context's integration events, and the analyses
 * over it under /analytics. Whoever imports it binds DOCUMENT_STORE and (to consume) MESSAGE_CONSUMER.
 */
@Module({
  controllers: [BasketController],
  providers: [FreshnessTracker, FeatureStoreConsumer, FeatureSnapshotService, BasketAnalysisService],
})
export class AnalyticsServiceModule {}
