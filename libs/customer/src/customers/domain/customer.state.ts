import type { Contact } from './customer.events';
import type { AcquisitionChannel, Address, CustomerStatus, CustomerType } from './customer.values';

/** A registered customer as the decider knows it. */
export interface Customer {
  readonly customerId: string;
  readonly tenantId: string;
  readonly customerType: CustomerType;
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
  /** Customers merged into this one, transitively: their history counts as this customer's. */
  readonly mergedFrom: readonly string[];
}

export type CustomerState =
  | { readonly kind: 'unregistered' }
  | { readonly kind: 'registered'; readonly customer: Customer }
  | {
      readonly kind: 'archived';
      readonly customer: Customer;
      readonly archivedAt: string;
      readonly archiveReason: string | null;
    }
  | {
      /** Merged into another customer: read-only, its history now counts as the survivor's. */
      readonly kind: 'merged';
      readonly customer: Customer;
      readonly mergedInto: string;
      readonly mergedAt: string;
    };
