import { CaseError } from './case.errors';
import type { Case, CaseState } from './case.state';

/**
 * The case a command may act on: opened and in the caller's tenant. Another tenant's case is reported
 * as not found, so ids never leak across tenants.
 */
export function existingCase(state: CaseState, tenantId: string, caseId: string): Case {
  if (state.kind === 'none' || state.case.tenantId !== tenantId) {
    throw new CaseError('CASE.NOT_FOUND', `Case ${caseId} does not exist`);
  }
  return state.case;
}

/** A closed case is final until reopened: no comments, no assignment, no resolution. */
export function notClosed(current: Case): Case {
  if (current.status === 'closed') {
    throw new CaseError('CASE.CLOSED', `Case ${current.caseId} is closed; reopen it first`);
  }
  return current;
}
