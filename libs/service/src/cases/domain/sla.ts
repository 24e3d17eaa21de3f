import type { SlaBreached } from './case.events';
import type { Case, SlaClock } from './case.state';
import type { SlaKind } from './case.values';

const MINUTE_MS = 60_000;

/** The instant `minutes` after `from` (ISO-8601 UTC): calendar time, 24/7 (no business hours yet). */
export function dueAfter(from: string, minutes: number): string {
  return new Date(Date.parse(from) + minutes * MINUTE_MS).toISOString();
}

/** Past due means strictly after the due instant: a response at the due minute is in time. */
export function isPastDue(dueAt: string, at: string): boolean {
  return Date.parse(at) > Date.parse(dueAt);
}

export function newClock(dueAt: string): SlaClock {
  return { dueAt, completedAt: null, breached: false, breachDetectedAt: null };
}

/**
 * The breach a response or resolution at `at` reveals: none if it was in time or the breach was
 * already recorded, so one clock is breached at most once.
 */
export function lateBreach(current: Case, kind: SlaKind, clock: SlaClock, at: string): SlaBreached[] {
  if (clock.breached || !isPastDue(clock.dueAt, at)) return [];
  return [
    {
      type: 'service.SlaBreached',
      data: {
        caseId: current.caseId,
        customerId: current.customerId,
        kind,
        dueAt: clock.dueAt,
        detectedAt: at,
      },
    },
  ];
}
