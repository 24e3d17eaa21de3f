import { randomUUID } from 'node:crypto';
import { EVENT_STORE, handleCommand, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { leadDecider, type CaptureLead, type ConvertedCustomerType, type LeadCommand } from '../domain';
import { leadViewOf, type LeadView } from '../read-models/lead-view';
import type { CommandRequest } from '../../shared/command-request';
import { campaignStreamId, leadStreamId } from '../../shared/streams';

export interface LeadCommandResult {
  readonly lead: LeadView;
  /** Stream version after the command: the ETag. */
  readonly version: number;
}

export type CaptureLeadInput = Omit<
  CaptureLead['data'],
  'tenantId' | 'leadId' | 'capturedAt' | 'sourceCampaign'
> & { readonly sourceCampaignId?: string | null };

/** Load, decide, append for every lead command. Ids and time are minted here, never in the domain. */
@Injectable()
export class LeadCommandService {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  async capture(input: CaptureLeadInput, request: CommandRequest): Promise<LeadCommandResult> {
    const now = new Date().toISOString();
    const { sourceCampaignId, ...contact } = input;
    const sourceCampaign = sourceCampaignId
      ? { campaignId: sourceCampaignId, exists: await this.campaignExists(request, sourceCampaignId) }
      : null;
    const data = { ...contact, ...this.scope(randomUUID(), request), sourceCampaign, capturedAt: now };
    return this.execute({ type: 'CaptureLead', data }, request, now, true);
  }

  qualify(leadId: string, request: CommandRequest): Promise<LeadCommandResult> {
    const now = new Date().toISOString();
    return this.execute(
      { type: 'QualifyLead', data: { ...this.scope(leadId, request), qualifiedAt: now } },
      request,
      now,
    );
  }

  disqualify(leadId: string, reason: string, request: CommandRequest): Promise<LeadCommandResult> {
    const now = new Date().toISOString();
    const data = { ...this.scope(leadId, request), reason, disqualifiedAt: now };
    return this.execute({ type: 'DisqualifyLead', data }, request, now);
  }

  /**
   * The customer id is minted here and travels in LeadConverted (and LeadConvertedV1), so the customer
   * context registers exactly this customer and a redelivered message cannot register a second one.
   */
  convert(
    leadId: string,
    customerType: ConvertedCustomerType | undefined,
    request: CommandRequest,
  ): Promise<LeadCommandResult> {
    const now = new Date().toISOString();
    const data = {
      ...this.scope(leadId, request),
      customerId: randomUUID(),
      ...(customerType === undefined ? {} : { customerType }),
      convertedAt: now,
    };
    return this.execute({ type: 'ConvertLead', data }, request, now);
  }

  private async campaignExists(request: CommandRequest, campaignId: string): Promise<boolean> {
    const events = await this.eventStore.readStream(campaignStreamId(campaignId), { toVersion: 1 });
    return events[0]?.tenantId === request.metadata.tenantId;
  }

  private scope(leadId: string, request: CommandRequest) {
    return { tenantId: request.metadata.tenantId, leadId };
  }

  private async execute(command: LeadCommand, request: CommandRequest, now: string, newStream = false) {
    const result = await handleCommand(
      this.eventStore,
      leadStreamId(command.data.leadId),
      leadDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt: now,
        newEventId: randomUUID,
        newStream,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const lead = leadViewOf(result.newState, result.nextExpectedVersion);
    // Every command either captures the lead or throws NOT_FOUND first, so a view always exists.
    if (lead === null) throw new Error(`Lead ${command.data.leadId} has no state after ${command.type}`);
    return { lead, version: result.nextExpectedVersion };
  }
}
