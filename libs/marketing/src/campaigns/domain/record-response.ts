import type { RecordCampaignResponse } from './campaign.commands';
import { CampaignError } from './campaign.errors';
import type { CampaignEvent } from './campaign.events';
import type { Campaign } from './campaign.state';

// Client clocks drift; a response a few minutes off the server's clock is still plausible.
const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Responses count once the campaign runs. A completed campaign still accepts late responses (someone
 * opens last month's mail), as long as they happened after the launch.
 */
export function recordResponse(command: RecordCampaignResponse, campaign: Campaign): CampaignEvent[] {
  const { campaignId, responseId, kind, recordedAt } = command.data;
  if (campaign.launchedAt === null) {
    throw new CampaignError(
      'CAMPAIGN.NOT_LAUNCHED',
      `Campaign ${campaignId} is a draft; responses are recorded once it is launched`,
    );
  }
  const customerId = blankToNull(command.data.customerId);
  const leadId = blankToNull(command.data.leadId);
  if (customerId !== null && leadId !== null) {
    throw new CampaignError(
      'CAMPAIGN.AMBIGUOUS_RESPONDENT',
      'A response comes from a customer or a lead, not both',
      'leadId',
    );
  }
  const occurredAt = Date.parse(command.data.occurredAt);
  if (Number.isNaN(occurredAt)) {
    throw new CampaignError(
      'CAMPAIGN.INVALID_OCCURRED_AT',
      `${command.data.occurredAt} is not an ISO-8601 instant`,
      'occurredAt',
    );
  }
  if (occurredAt > Date.parse(recordedAt) + ALLOWED_CLOCK_SKEW_MS) {
    throw new CampaignError(
      'CAMPAIGN.RESPONSE_IN_FUTURE',
      'A response cannot be recorded before it happens',
      'occurredAt',
    );
  }
  // The same skew applies at the other end: a response stamped "now" by a client a second behind
  // the server still follows the launch it answers.
  if (occurredAt < Date.parse(campaign.launchedAt) - ALLOWED_CLOCK_SKEW_MS) {
    throw new CampaignError(
      'CAMPAIGN.RESPONSE_BEFORE_LAUNCH',
      `A response to campaign ${campaignId} cannot happen before its launch at ${campaign.launchedAt}`,
      'occurredAt',
    );
  }
  return [
    {
      type: 'marketing.CampaignResponseRecorded',
      data: {
        campaignId,
        responseId,
        kind,
        customerId,
        leadId,
        occurredAt: new Date(occurredAt).toISOString(),
      },
    },
  ];
}

function blankToNull(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value.trim();
}
