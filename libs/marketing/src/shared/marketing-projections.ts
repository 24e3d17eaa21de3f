import { EVENT_STORE, type EventStore } from '@crm/event-store';
import {
  CHECKPOINT_STORE,
  DOCUMENT_STORE,
  ProjectionRunner,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { campaignDirectoryProjection } from '../campaigns/read-models/campaign-directory.projection';
import type { CampaignView } from '../campaigns/read-models/campaign-view';
import { leadDirectoryProjection } from '../leads/read-models/lead-directory.projection';
import type { LeadView } from '../leads/read-models/lead-view';

/** Runs the marketing read models fed by the marketing event streams for as long as the module lives. */
@Injectable()
export class MarketingProjections implements OnModuleInit, OnModuleDestroy {
  readonly campaigns: ProjectionRunner<CampaignView>;
  readonly leads: ProjectionRunner<LeadView>;

  constructor(
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    const stores = { eventStore, documents, checkpoints };
    this.campaigns = new ProjectionRunner({ projection: campaignDirectoryProjection, ...stores });
    this.leads = new ProjectionRunner({ projection: leadDirectoryProjection, ...stores });
  }

  async onModuleInit(): Promise<void> {
    await Promise.all([this.campaigns.start(), this.leads.start()]);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.campaigns.stop(), this.leads.stop()]);
  }
}
