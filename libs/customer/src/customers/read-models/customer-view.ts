import type {
  AcquisitionChannel,
  Address,
  Contact,
  Customer,
  CustomerState,
  CustomerStatus,
  CustomerType,
} from '../domain';

/** A customer as the API shows it: the body of GET /customers/:id and of every command response. */
export interface CustomerView {
  readonly id: string;
  readonly type: CustomerType;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: Address | null;
  readonly status: CustomerStatus;
  readonly channel: AcquisitionChannel;
  readonly ownerId: string | null;
  readonly tags: readonly string[];
  readonly externalRef: string | null;
  readonly contacts: readonly Contact[];
  readonly interactionCount: number;
  readonly lastInteractionAt: string | null;
  readonly registeredAt: string;
  readonly archived: boolean;
  readonly archivedAt: string | null;
  readonly archiveReason: string | null;
  /** Customers merged into this one (transitively): their interactions, timeline and sales count here. */
  readonly mergedFrom: readonly string[];
  /** Set once this customer was merged into another: it is read-only and that one is the survivor. */
  readonly mergedInto: string | null;
  readonly mergedAt: string | null;
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

/** The view of a decided state; null while the customer is not registered. */
export function customerViewOf(state: CustomerState, version: number): CustomerView | null {
  if (state.kind === 'unregistered') return null;
  const { customer } = state;
  const archived = state.kind === 'archived';
  return {
    id: customer.customerId,
    type: customer.customerType,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    address: customer.address,
    status: customer.status,
    channel: customer.channel,
    ownerId: customer.ownerId,
    tags: customer.tags,
    externalRef: customer.externalRef,
    contacts: customer.contacts,
    interactionCount: customer.interactionCount,
    lastInteractionAt: customer.lastInteractionAt,
    registeredAt: customer.registeredAt,
    archived,
    archivedAt: archived ? state.archivedAt : null,
    archiveReason: archived ? state.archiveReason : null,
    mergedFrom: customer.mergedFrom,
    mergedInto: state.kind === 'merged' ? state.mergedInto : null,
    mergedAt: state.kind === 'merged' ? state.mergedAt : null,
    version,
  };
}

type MergeFields = 'mergedFrom' | 'mergedInto' | 'mergedAt';
/** A directory document as stored: those written before merging existed lack the merge fields. */
type StoredCustomerView = Omit<CustomerView, MergeFields> & Partial<Pick<CustomerView, MergeFields>>;

/** The decider state a stored view stands for: lets the directory projection reuse `evolve`. */
export function customerStateOf(view: StoredCustomerView | null, tenantId: string): CustomerState {
  if (view === null) return { kind: 'unregistered' };
  const customer: Customer = {
    customerId: view.id,
    tenantId,
    customerType: view.type,
    name: view.name,
    email: view.email,
    phone: view.phone,
    address: view.address,
    status: view.status,
    channel: view.channel,
    ownerId: view.ownerId,
    tags: view.tags,
    externalRef: view.externalRef,
    contacts: view.contacts,
    interactionCount: view.interactionCount,
    lastInteractionAt: view.lastInteractionAt,
    registeredAt: view.registeredAt,
    mergedFrom: view.mergedFrom ?? [],
  };
  if (view.mergedInto && view.mergedAt) {
    return { kind: 'merged', customer, mergedInto: view.mergedInto, mergedAt: view.mergedAt };
  }
  if (view.archived && view.archivedAt !== null) {
    return { kind: 'archived', customer, archivedAt: view.archivedAt, archiveReason: view.archiveReason };
  }
  return { kind: 'registered', customer };
}
