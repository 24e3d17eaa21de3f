import { randomUUID } from 'node:crypto';
import { EVENT_STORE, handleCommand, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import {
  campaignDecider,
  campaignEventOf,
  type CampaignCommand,
  type CampaignResponseRecorded,
  type CreateCampaign,
  type RecordCampaignResponse,
} from '../domain';
import { campaignViewOf, type CampaignView } from '../read-models/campaign-view';
import type { CommandRequest } from '../../shared/command-request';
import { campaignStreamId } from '../../shared/streams';

export interface CampaignCommandResult {
  readonly campaign: CampaignView;
  /** Stream version after the command: the ETag. */
  readonly version: number;
}

/** One recorded response, as POST /campaigns/:id/responses answers it. */
export interface CampaignResponseView {
  readonly id: string;
  readonly campaignId: string;
  readonly kind: CampaignResponseRecorded['data']['kind'];
  readonly customerId: string | null;
  readonly leadId: string | null;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

type Without<Data, Keys extends keyof Data> = Omit<Data, Keys | 'tenantId' | 'campaignId'>;
export type CreateCampaignInput = Without<CreateCampaign['data'], 'createdAt'>;
export type RecordResponseInput = Without<RecordCampaignResponse['data'], 'responseId' | 'recordedAt'>;

/** Load, decide, append for every campaign command. Ids and time are minted here, never in the domain. */
@Injectable()
export class CampaignCommandService {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  create(input: CreateCampaignInput, request: CommandRequest): Promise<CampaignCommandResult> {
    const now = new Date().toISOString();
    const data = { ...input, ...this.scope(randomUUID(), request), createdAt: now };
    return this.execute({ type: 'CreateCampaign', data }, request, now, true);
  }

  launch(campaignId: string, request: CommandRequest): Promise<CampaignCommandResult> {
    const now = new Date().toISOString();
    const data = { ...this.scope(campaignId, request), launchedAt: now };
    return this.execute({ type: 'LaunchCampaign', data }, request, now);
  }

  complete(campaignId: string, request: CommandRequest): Promise<CampaignCommandResult> {
    const now = new Date().toISOString();
    const data = { ...this.scope(campaignId, request), completedAt: now };
    return this.execute({ type: 'CompleteCampaign', data }, request, now);
  }

  async recordResponse(
    campaignId: string,
    input: RecordResponseInput,
    request: CommandRequest,
  ): Promise<CampaignCommandResult & { readonly response: CampaignResponseView }> {
    const now = new Date().toISOString();
    const data = { ...input, ...this.scope(campaignId, request), responseId: randomUUID(), recordedAt: now };
    const result = await this.execute({ type: 'RecordCampaignResponse', data }, request, now);
    const recorded = result.events
      .map((event) => campaignEventOf(event))
      .find(
        (event): event is CampaignResponseRecorded => event?.type === 'marketing.CampaignResponseRecorded',
      );
    if (!recorded) throw new Error(`RecordCampaignResponse on ${campaignId} appended no response`);
    const { responseId, ...response } = recorded.data;
    return {
      campaign: result.campaign,
      version: result.version,
      response: { id: responseId, ...response, recordedAt: now, recordedBy: request.metadata.actor },
    };
  }

  private scope(campaignId: string, request: CommandRequest) {
    return { tenantId: request.metadata.tenantId, campaignId };
  }

  private async execute(command: CampaignCommand, request: CommandRequest, now: string, newStream = false) {
    const result = await handleCommand(
      this.eventStore,
      campaignStreamId(command.data.campaignId),
      campaignDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt: now,
        newEventId: randomUUID,
        newStream,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const campaign = campaignViewOf(result.newState, result.nextExpectedVersion);
    // Every command either creates the campaign or throws NOT_FOUND first, so a view always exists.
    if (campaign === null)
      throw new Error(`Campaign ${command.data.campaignId} has no state after ${command.type}`);
    return { campaign, version: result.nextExpectedVersion, events: result.newEvents };
  }
}
