import type { EventEnvelope } from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { Projection } from '@crm/read-models';
import { caseEventOf, type CaseEvent, type SlaKind } from '../domain';
import { caseIdOf } from './case-directory.projection';

export const SLA_WATCH_COLLECTION = 'service-sla-watch';
/** One partition for every tenant: the scheduler is a system process that scans them all at once. */
export const SLA_WATCH_PARTITION = '$service';

export interface WatchedClock {
  readonly dueAt: string;
  /** Still counting down: neither answered/resolved nor breached. */
  readonly running: boolean;
  readonly breached: boolean;
}

/** One case whose SLA clocks the scheduler watches. */
export interface SlaWatchEntry {
  readonly tenantId: string;
  readonly caseId: string;
  readonly clocks: Readonly<Record<SlaKind, WatchedClock>>;
  /** The earliest due time of a running clock; null once neither runs. */
  readonly nextDueAt: string | null;
  readonly watching: boolean;
}

type Clocks = SlaWatchEntry['clocks'];

/**
 * "Which SLA clocks are running, and when are they due?" The scheduler pages through the watched
 * entries by `nextDueAt` and stops at the first one still in the future. The index may lag behind
 * the event store: the decider re-checks every detection, so a stale entry costs one no-op command.
 */
export const slaWatchProjection: Projection<SlaWatchEntry> = {
  name: 'service-sla-watch',
  collection: SLA_WATCH_COLLECTION,
  handles: [
    'service.CaseOpened',
    'service.CaseCommented',
    'service.CaseResolved',
    'service.CaseReopened',
    'service.SlaBreached',
  ],
  partitionOf: () => SLA_WATCH_PARTITION,
  documentId: (event: EventEnvelope) => caseIdOf(event),
  apply: (current, event) => {
    const caseEvent = caseEventOf(event);
    if (caseEvent === null) return null;
    if (caseEvent.type === 'service.CaseOpened') {
      const { caseId, firstResponseDueAt, resolutionDueAt } = caseEvent.data;
      return entryOf(event.tenantId, caseId, {
        first_response: { dueAt: firstResponseDueAt, running: true, breached: false },
        resolution: { dueAt: resolutionDueAt, running: true, breached: false },
      });
    }
    if (current === null) return null;
    const clocks = nextClocks(current.clocks, caseEvent);
    return clocks === current.clocks ? null : entryOf(current.tenantId, current.caseId, clocks);
  },
};

function nextClocks(clocks: Clocks, event: CaseEvent): Clocks {
  const stopped = (kind: SlaKind, breached = clocks[kind].breached): WatchedClock => ({
    ...clocks[kind],
    running: false,
    breached,
  });
  switch (event.type) {
    case 'service.CaseCommented':
      return event.data.firstResponse ? { ...clocks, first_response: stopped('first_response') } : clocks;
    case 'service.CaseResolved':
      // The resolution is also the response when none came before.
      return { first_response: stopped('first_response'), resolution: stopped('resolution') };
    case 'service.CaseReopened': {
      const { breached } = clocks.resolution;
      const resolution = { dueAt: event.data.resolutionDueAt, running: !breached, breached };
      return { ...clocks, resolution };
    }
    case 'service.SlaBreached':
      return { ...clocks, [event.data.kind]: stopped(event.data.kind, true) };
    case 'service.CaseOpened':
    case 'service.CaseAssigned':
    case 'service.CaseClosed':
      return clocks;
    default:
      return assertNever(event);
  }
}

function entryOf(tenantId: string, caseId: string, clocks: Clocks): SlaWatchEntry {
  const due = [clocks.first_response, clocks.resolution].filter((clock) => clock.running);
  const nextDueAt = due.map((clock) => clock.dueAt).sort()[0] ?? null;
  return { tenantId, caseId, clocks, nextDueAt, watching: nextDueAt !== null };
}
