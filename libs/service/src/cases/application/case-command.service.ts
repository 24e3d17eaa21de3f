import { randomUUID } from 'node:crypto';
import type { CommandMetadata } from '@crm/contracts';
import { CLOCK, systemClock, type Clock } from '@crm/core';
import { EVENT_STORE, handleCommand, type EventStore } from '@crm/event-store';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { caseDecider, type CaseCommand, type OpenCase, type SlaKind } from '../domain';
import { caseViewOf, type CaseView } from '../read-models/case-view';
import { caseStreamId } from './case-stream';
import { SERVICE_SETTINGS, type ServiceSettings } from './service-settings';

/** Who asks, and (If-Match) which version they saw. */
export interface CaseCommandRequest {
  readonly metadata: CommandMetadata;
  readonly expectedVersion?: number;
}

export interface CaseCommandResult {
  readonly case: CaseView;
  /** Stream version after the command: the ETag. */
  readonly version: number;
  /** Events this command appended; 0 for a command that changed nothing. */
  readonly appended: number;
}

export type OpenCaseInput = Omit<OpenCase['data'], 'tenantId' | 'caseId' | 'slaPolicy' | 'openedAt'>;

export interface CommentInput {
  readonly body: string;
  readonly public: boolean;
}

/**
 * Load, decide, append for every case command. Ids and time are minted here, never in the domain;
 * time comes from the injected clock, so tests can move it to make SLAs fall due.
 */
@Injectable()
export class CaseCommandService {
  private readonly clock: Clock;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(SERVICE_SETTINGS) private readonly settings: ServiceSettings,
    @Optional() @Inject(CLOCK) clock?: Clock,
  ) {
    this.clock = clock ?? systemClock;
  }

  open(input: OpenCaseInput, request: CaseCommandRequest): Promise<CaseCommandResult> {
    const openedAt = this.now();
    const data = { ...input, ...scope(randomUUID(), request), slaPolicy: this.settings.slaPolicy, openedAt };
    return this.execute({ type: 'OpenCase', data }, request, openedAt, { newStream: true });
  }

  assign(caseId: string, assigneeId: string, request: CaseCommandRequest): Promise<CaseCommandResult> {
    const assignedAt = this.now();
    const data = { ...scope(caseId, request), assigneeId, assignedAt };
    return this.execute({ type: 'AssignCase', data }, request, assignedAt);
  }

  comment(caseId: string, input: CommentInput, request: CaseCommandRequest): Promise<CaseCommandResult> {
    const postedAt = this.now();
    const data = {
      ...scope(caseId, request),
      ...input,
      commentId: randomUUID(),
      authorId: request.metadata.actor,
      postedAt,
    };
    return this.execute({ type: 'CommentOnCase', data }, request, postedAt);
  }

  resolve(caseId: string, resolution: string, request: CaseCommandRequest): Promise<CaseCommandResult> {
    const resolvedAt = this.now();
    const data = { ...scope(caseId, request), resolution, resolvedAt };
    return this.execute({ type: 'ResolveCase', data }, request, resolvedAt);
  }

  close(
    caseId: string,
    input: { readonly satisfaction: number; readonly feedback?: string | null },
    request: CaseCommandRequest,
  ): Promise<CaseCommandResult> {
    const closedAt = this.now();
    const data = { ...scope(caseId, request), ...input, closedAt };
    return this.execute({ type: 'CloseCase', data }, request, closedAt);
  }

  reopen(caseId: string, reason: string, request: CaseCommandRequest): Promise<CaseCommandResult> {
    const reopenedAt = this.now();
    const data = { ...scope(caseId, request), reason, reopenedAt };
    return this.execute({ type: 'ReopenCase', data }, request, reopenedAt);
  }

  /** The scheduler's command: detectedAt is its clock's time; a repeat appends nothing. */
  recordSlaBreach(
    caseId: string,
    kind: SlaKind,
    detectedAt: string,
    request: CaseCommandRequest,
  ): Promise<CaseCommandResult> {
    const data = { ...scope(caseId, request), kind, detectedAt };
    return this.execute({ type: 'RecordSlaBreach', data }, request, detectedAt);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private async execute(
    command: CaseCommand,
    request: CaseCommandRequest,
    occurredAt: string,
    stream: { readonly newStream?: boolean } = {},
  ): Promise<CaseCommandResult> {
    const result = await handleCommand(
      this.eventStore,
      caseStreamId(command.data.caseId),
      caseDecider,
      command,
      {
        metadata: request.metadata,
        occurredAt,
        newEventId: randomUUID,
        ...stream,
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      },
    );
    const view = caseViewOf(result.newState, result.nextExpectedVersion);
    // Every command either opens the case or throws NOT_FOUND first, so a view always exists.
    if (view === null) throw new Error(`Case ${command.data.caseId} has no state after ${command.type}`);
    return { case: view, version: result.nextExpectedVersion, appended: result.newEvents.length };
  }
}

function scope(caseId: string, request: CaseCommandRequest) {
  return { tenantId: request.metadata.tenantId, caseId };
}
