import type { CustomerState } from './customer.state';
import type {
  AcquisitionChannel,
  AddressInput,
  CustomerStatus,
  CustomerType,
  InteractionChannel,
  InteractionDirection,
} from './customer.values';

// Every command names the tenant it runs for: a customer exists only inside its own tenant.
interface CustomerCommandData {
  readonly tenantId: string;
  readonly customerId: string;
}

// Phones without a country prefix are read in the customer's country, else in this region.
interface PhoneDefaults {
  readonly defaultPhoneRegion?: string;
}

export interface RegisterCustomer {
  readonly type: 'RegisterCustomer';
  readonly data: CustomerCommandData &
    PhoneDefaults & {
      readonly customerType: CustomerType;
      readonly name: string;
      readonly email?: string | null;
      readonly phone?: string | null;
      readonly address?: AddressInput | null;
      readonly status?: CustomerStatus;
      readonly channel?: AcquisitionChannel;
      readonly ownerId?: string | null;
      readonly tags?: readonly string[];
      readonly externalRef?: string | null;
      readonly registeredAt: string;
    };
}

/** A partial update: an absent field stays as it is, `null` clears an optional field. */
export interface CustomerPatch {
  readonly name?: string;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly address?: AddressInput | null;
  readonly channel?: AcquisitionChannel;
  readonly tags?: readonly string[];
  readonly externalRef?: string | null;
  readonly status?: CustomerStatus;
  readonly ownerId?: string | null;
}

export interface UpdateCustomer {
  readonly type: 'UpdateCustomer';
  readonly data: CustomerCommandData & PhoneDefaults & { readonly patch: CustomerPatch };
}

export interface ArchiveCustomer {
  readonly type: 'ArchiveCustomer';
  readonly data: CustomerCommandData & { readonly reason?: string | null; readonly archivedAt: string };
}

export interface AddContact {
  readonly type: 'AddContact';
  readonly data: CustomerCommandData &
    PhoneDefaults & {
      readonly contactId: string;
      readonly name: string;
      readonly email?: string | null;
      readonly phone?: string | null;
      readonly role?: string | null;
    };
}

export interface LogInteraction {
  readonly type: 'LogInteraction';
  readonly data: CustomerCommandData & {
    readonly interactionId: string;
    readonly channel: InteractionChannel;
    readonly direction: InteractionDirection;
    readonly subject: string;
    readonly notes?: string | null;
    readonly outcome?: string | null;
    /** When the conversation took place (ISO-8601). */
    readonly occurredAt: string;
    /** When it is being logged: the command's own time, the upper bound for occurredAt. */
    readonly loggedAt: string;
  };
}

/** Step one of a merge, on the duplicate's stream: it becomes read-only and points to the survivor. */
export interface MergeIntoSurvivor {
  readonly type: 'MergeIntoSurvivor';
  readonly data: CustomerCommandData & { readonly survivorId: string; readonly mergedAt: string };
}

/**
 * On the survivor's stream: checks the merge before step one and records it after. The application
 * loads the duplicate's state and passes it in, so the rule stays pure.
 */
export interface AbsorbDuplicate {
  readonly type: 'AbsorbDuplicate';
  readonly data: CustomerCommandData & {
    readonly duplicateId: string;
    readonly duplicate: CustomerState;
    readonly mergedAt: string;
  };
}

export type CustomerCommand =
  | RegisterCustomer
  | UpdateCustomer
  | ArchiveCustomer
  | AddContact
  | LogInteraction
  | MergeIntoSurvivor
  | AbsorbDuplicate;
