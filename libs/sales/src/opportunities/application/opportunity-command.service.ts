import { randomUUID } from 'node:crypto';
import { EVENT_STORE, handleCommand, type EventStore } from '@crm/event-store';
import { Inject, Injectable } from '@nestjs/common';
import type { CommandRequest, CommandResult } from '../../shared/application/sales-requests';
import {
  opportunityDecider,
  type OpenOpportunity,
  type OpportunityCommand,
  type OpportunityStage,
} from '../domain';
import { opportunityViewOf, type OpportunityView } from '../read-models/opportunity-view';
import { opportunityStreamId } from './opportunity-stream';

export type OpenOpportunityInput = Omit<
  OpenOpportunity['data'],
  'tenantId' | 'opportunityId' | 'openedAt' | 'ownerId'
> & { readonly ownerId?: string | null };

/** Load, decide, append for every opportunity command. Ids and time are minted here, never in the domain. */
@Injectable()
export class OpportunityCommandService {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  open(input: OpenOpportunityInput, request: CommandRequest): Promise<CommandResult<OpportunityView>> {
    const now = new Date().toISOString();
    const { tenantId, actor } = request.metadata;
    // The salesperson who opens a deal owns it unless someone else is named (decision 0018).
    const ownerId = input.ownerId === undefined ? actor : input.ownerId;
    const data = { ...input, ownerId, tenantId, opportunityId: randomUUID(), openedAt: now };
    return this.execute({ type: 'OpenOpportunity', data }, request, now, true);
  }

  changeStage(
    opportunityId: string,
    stage: OpportunityStage,
    request: CommandRequest,
  ): Promise<CommandResult<OpportunityView>> {
    const now = new Date().toISOString();
    const data = { ...this.scope(opportunityId, request), stage, changedAt: now };
    return this.execute({ type: 'ChangeOpportunityStage', data }, request, now);
  }

  win(
    opportunityId: string,
    reason: string | null,
    request: CommandRequest,
  ): Promise<CommandResult<OpportunityView>> {
    const now = new Date().toISOString();
    const data = { ...this.scope(opportunityId, request), reason, wonAt: now };
    return this.execute({ type: 'WinOpportunity', data }, request, now);
  }

  lose(
    opportunityId: string,
    reason: string,
    request: CommandRequest,
  ): Promise<CommandResult<OpportunityView>> {
    const now = new Date().toISOString();
    const data = { ...this.scope(opportunityId, request), reason, lostAt: now };
    return this.execute({ type: 'LoseOpportunity', data }, request, now);
  }

  private scope(opportunityId: string, request: CommandRequest) {
    return { tenantId: request.metadata.tenantId, opportunityId };
  }

  private async execute(
    command: OpportunityCommand,
    request: CommandRequest,
    now: string,
    newStream = false,
  ): Promise<CommandResult<OpportunityView>> {
    const streamId = opportunityStreamId(command.data.opportunityId);
    const result = await handleCommand(this.eventStore, streamId, opportunityDecider, command, {
      metadata: request.metadata,
      occurredAt: now,
      newEventId: randomUUID,
      newStream,
      ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
    });
    const view = opportunityViewOf(result.newState, result.nextExpectedVersion);
    if (view === null)
      throw new Error(`Opportunity ${command.data.opportunityId} has no state after ${command.type}`);
    return { view, version: result.nextExpectedVersion };
  }
}
