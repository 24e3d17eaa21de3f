import type { ConvertedCustomerType, Lead, LeadState, LeadStatus } from '../domain';

/** A lead as the API shows it: the body of GET /leads/:id and of every command response. */
export interface LeadView {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly company: string | null;
  readonly sourceCampaignId: string | null;
  readonly status: LeadStatus;
  readonly capturedAt: string;
  readonly qualifiedAt: string | null;
  readonly disqualifiedAt: string | null;
  readonly disqualifyReason: string | null;
  /** The customer this lead became; set once it is converted. */
  readonly customerId: string | null;
  readonly customerType: ConvertedCustomerType | null;
  readonly convertedAt: string | null;
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

export function leadViewOf(state: LeadState, version: number): LeadView | null {
  if (state.kind === 'none') return null;
  const { leadId, tenantId: _tenantId, ...lead } = state.lead;
  return { id: leadId, ...lead, version };
}

/** The decider state a stored view stands for: lets the directory projection reuse `evolve`. */
export function leadStateOf(view: LeadView | null, tenantId: string): LeadState {
  if (view === null) return { kind: 'none' };
  const { id, version: _version, ...lead } = view;
  const restored: Lead = { leadId: id, tenantId, ...lead };
  return { kind: 'captured', lead: restored };
}
