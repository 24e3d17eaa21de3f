import type { RecordSlaBreach } from './case.commands';
import type { CaseEvent } from './case.events';
import { existingCase } from './case-guards';
import { isRunning, type CaseState } from './case.state';
import { isPastDue } from './sla';

/**
 * A clock past due and still running becomes one SlaBreached. Anything else (already breached,
 * answered or resolved in the meantime, not yet due after a reopen) decides nothing: the scheduler
 * works from a read model that may lag, and a repeat detection, a restart or a second replica must
 * never record a breach twice.
 */
export function recordSlaBreach(command: RecordSlaBreach, state: CaseState): CaseEvent[] {
  const { tenantId, caseId, kind, detectedAt } = command.data;
  const current = existingCase(state, tenantId, caseId);
  const clock = kind === 'first_response' ? current.firstResponse : current.resolution;
  if (!isRunning(clock) || !isPastDue(clock.dueAt, detectedAt)) return [];
  return [
    {
      type: 'service.SlaBreached',
      data: { caseId, customerId: current.customerId, kind, dueAt: clock.dueAt, detectedAt },
    },
  ];
}
