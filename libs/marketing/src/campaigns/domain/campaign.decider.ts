import { assertNever, type Decider } from '@crm/core';
import type { CampaignCommand, CompleteCampaign, CreateCampaign, LaunchCampaign } from './campaign.commands';
import { CampaignError } from './campaign.errors';
import type { CampaignEvent } from './campaign.events';
import { evolveCampaign, initialCampaignState } from './campaign.evolve';
import type { Campaign, CampaignState } from './campaign.state';
import { MAX_CAMPAIGN_NAME_LENGTH, type CampaignPeriod } from './campaign.values';
import { normalizeMoney } from './money';
import { recordResponse } from './record-response';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SEGMENT_ID_LENGTH = 200;

export function decideCampaign(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  switch (command.type) {
    case 'CreateCampaign':
      return createCampaign(command, state);
    case 'LaunchCampaign':
      return launchCampaign(command, state);
    case 'CompleteCampaign':
      return completeCampaign(command, state);
    case 'RecordCampaignResponse':
      return recordResponse(command, existingCampaign(state, command.data.tenantId, command.data.campaignId));
    default:
      return assertNever(command);
  }
}

/** The campaign aggregate: one stream per campaign, `marketing.campaign-<id>`. */
export const campaignDecider: Decider<CampaignState, CampaignCommand, CampaignEvent> = {
  initialState: initialCampaignState,
  evolve: evolveCampaign,
  decide: decideCampaign,
};

/** Another tenant's campaign is reported as not found, so ids never leak across tenants. */
export function existingCampaign(state: CampaignState, tenantId: string, campaignId: string): Campaign {
  if (state.kind === 'none' || state.campaign.tenantId !== tenantId) {
    throw new CampaignError('CAMPAIGN.NOT_FOUND', `Campaign ${campaignId} does not exist`);
  }
  return state.campaign;
}

function createCampaign(command: CreateCampaign, state: CampaignState): CampaignEvent[] {
  const { data } = command;
  if (state.kind !== 'none') {
    throw new CampaignError('CAMPAIGN.ALREADY_CREATED', `Campaign ${data.campaignId} already exists`);
  }
  const segment = data.targetSegmentId?.trim() ?? '';
  if (segment.length > MAX_SEGMENT_ID_LENGTH) {
    throw new CampaignError(
      'CAMPAIGN.INVALID_TARGET_SEGMENT',
      `targetSegmentId exceeds ${MAX_SEGMENT_ID_LENGTH} characters`,
      'targetSegmentId',
    );
  }
  return [
    {
      type: 'marketing.CampaignCreated',
      data: {
        campaignId: data.campaignId,
        tenantId: data.tenantId,
        name: normalizeCampaignName(data.name),
        channel: data.channel,
        budget: normalizeMoney(data.budget, 'budget'),
        period: normalizePeriod(data.period),
        targetSegmentId: segment === '' ? null : segment,
        createdAt: data.createdAt,
      },
    },
  ];
}

function launchCampaign(command: LaunchCampaign, state: CampaignState): CampaignEvent[] {
  const { tenantId, campaignId, launchedAt } = command.data;
  const campaign = existingCampaign(state, tenantId, campaignId);
  if (campaign.status === 'active') {
    throw new CampaignError('CAMPAIGN.ALREADY_LAUNCHED', `Campaign ${campaignId} is already running`);
  }
  if (campaign.status === 'completed') {
    throw new CampaignError('CAMPAIGN.ALREADY_COMPLETED', `Campaign ${campaignId} is completed`);
  }
  const { name, channel, budget, period, targetSegmentId } = campaign;
  return [
    {
      type: 'marketing.CampaignLaunched',
      data: { campaignId, name, channel, budget, period, targetSegmentId, launchedAt },
    },
  ];
}

function completeCampaign(command: CompleteCampaign, state: CampaignState): CampaignEvent[] {
  const { tenantId, campaignId, completedAt } = command.data;
  const campaign = existingCampaign(state, tenantId, campaignId);
  if (campaign.status === 'draft') {
    throw new CampaignError('CAMPAIGN.NOT_LAUNCHED', `Campaign ${campaignId} has not been launched`);
  }
  if (campaign.status === 'completed') {
    throw new CampaignError('CAMPAIGN.ALREADY_COMPLETED', `Campaign ${campaignId} is already completed`);
  }
  return [{ type: 'marketing.CampaignCompleted', data: { campaignId, completedAt } }];
}

function normalizeCampaignName(value: string): string {
  const name = value.trim().replace(/\s+/g, ' ');
  if (name === '') throw new CampaignError('CAMPAIGN.INVALID_NAME', 'name must not be blank', 'name');
  if (name.length > MAX_CAMPAIGN_NAME_LENGTH) {
    throw new CampaignError(
      'CAMPAIGN.INVALID_NAME',
      `name exceeds ${MAX_CAMPAIGN_NAME_LENGTH} characters`,
      'name',
    );
  }
  return name;
}

function normalizePeriod(period: CampaignPeriod): CampaignPeriod {
  for (const field of ['from', 'to'] as const) {
    const value = period[field];
    // A calendar date that round-trips, so 2025-02-30 is refused rather than rolled over.
    if (!DATE_PATTERN.test(value) || !isCalendarDate(value)) {
      throw new CampaignError(
        'CAMPAIGN.INVALID_PERIOD',
        `period.${field} must be a date (YYYY-MM-DD)`,
        `period.${field}`,
      );
    }
  }
  // YYYY-MM-DD strings order like the dates they name.
  if (period.to < period.from) {
    throw new CampaignError('CAMPAIGN.INVALID_PERIOD', 'period.to is before period.from', 'period.to');
  }
  return { from: period.from, to: period.to };
}

function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
