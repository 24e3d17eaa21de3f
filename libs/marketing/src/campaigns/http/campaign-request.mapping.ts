import type { CreateCampaignInput, RecordResponseInput } from '../application/campaign-command.service';
import type { CreateCampaignRequest } from './create-campaign.request';
import type { RecordResponseRequest } from './record-response.request';

// DTOs stop at the edge: the application gets plain values, never class-validator instances.
export function createInputOf(body: CreateCampaignRequest): CreateCampaignInput {
  return {
    name: body.name,
    channel: body.channel,
    budget: { amount: body.budget.amount, currency: body.budget.currency },
    period: { from: body.period.from, to: body.period.to },
    targetSegmentId: body.targetSegmentId ?? null,
  };
}

export function responseInputOf(body: RecordResponseRequest): RecordResponseInput {
  return {
    kind: body.kind,
    customerId: body.customerId ?? null,
    leadId: body.leadId ?? null,
    occurredAt: body.occurredAt,
  };
}
