import { foldEvents } from '@crm/core';
import { DeciderSpec } from '@crm/testing';
import { customerRegistered, CUSTOMER_ID, logInteraction, TENANT, updateCustomer } from './customer.builders';
import type { AbsorbDuplicate, CustomerCommand, MergeIntoSurvivor } from './customer.commands';
import { customerDecider } from './customer.decider';
import type { CustomerEvent } from './customer.events';

const SURVIVOR_ID = CUSTOMER_ID;
const DUPLICATE_ID = '0b6f3c1e-8d2a-4f5b-9c7d-2e1f0a9b8c7d';
const MERGED_AT = '2025-05-01T00:00:00.000Z';

const survivorRegistered = customerRegistered();
const duplicateRegistered = customerRegistered({ customerId: DUPLICATE_ID, name: 'ACME GmbH.' });
const mergedInto: CustomerEvent = {
  type: 'customer.CustomerMergedInto',
  data: { customerId: DUPLICATE_ID, survivorId: SURVIVOR_ID, mergedAt: MERGED_AT },
};
const mergedFrom = (absorbedIds: string[] = []): CustomerEvent => ({
  type: 'customer.CustomerMergedFrom',
  data: { customerId: SURVIVOR_ID, duplicateId: DUPLICATE_ID, absorbedIds, mergedAt: MERGED_AT },
});

function mergeInto(overrides: Partial<MergeIntoSurvivor['data']> = {}): MergeIntoSurvivor {
  const data = { tenantId: TENANT, customerId: DUPLICATE_ID, survivorId: SURVIVOR_ID, mergedAt: MERGED_AT };
  return { type: 'MergeIntoSurvivor', data: { ...data, ...overrides } };
}

function absorb(duplicateEvents: CustomerEvent[], overrides: Partial<AbsorbDuplicate['data']> = {}) {
  const duplicate = foldEvents(customerDecider, duplicateEvents);
  const data = { tenantId: TENANT, customerId: SURVIVOR_ID, duplicateId: DUPLICATE_ID, mergedAt: MERGED_AT };
  return { type: 'AbsorbDuplicate', data: { ...data, duplicate, ...overrides } } satisfies AbsorbDuplicate;
}

describe('merging customers', () => {
  const given = DeciderSpec.for(customerDecider);

  describe('MergeIntoSurvivor (the duplicate, first)', () => {
    it('marks the duplicate as merged into the survivor', () => {
      given([duplicateRegistered]).when(mergeInto()).then([mergedInto]);
    });

    it('does nothing when the duplicate already went into the same survivor', () => {
      given([duplicateRegistered, mergedInto]).when(mergeInto()).then([]);
    });

    it('rejects a duplicate that went into another survivor', () => {
      given([duplicateRegistered, mergedInto])
        .when(mergeInto({ survivorId: 'someone-else' }))
        .thenThrows('CUSTOMER.MERGED');
    });

    it('rejects merging a customer into itself', () => {
      given([duplicateRegistered])
        .when(mergeInto({ survivorId: DUPLICATE_ID }))
        .thenThrows('CUSTOMER.CANNOT_MERGE_INTO_ITSELF');
    });

    it("rejects another tenant's duplicate as not found", () => {
      given([duplicateRegistered])
        .when(mergeInto({ tenantId: 'tenant-2' }))
        .thenThrows('CUSTOMER.NOT_FOUND');
    });
  });

  describe('AbsorbDuplicate (the survivor)', () => {
    it('records the duplicate as lineage, before and after the duplicate was marked', () => {
      given([survivorRegistered])
        .when(absorb([duplicateRegistered]))
        .then([mergedFrom()]);
      given([survivorRegistered])
        .when(absorb([duplicateRegistered, mergedInto]))
        .then([mergedFrom()]);
    });

    it('carries along the customers the duplicate had absorbed', () => {
      const earlier: CustomerEvent = {
        type: 'customer.CustomerMergedFrom',
        data: { customerId: DUPLICATE_ID, duplicateId: 'older-1', absorbedIds: [], mergedAt: MERGED_AT },
      };
      given([survivorRegistered])
        .when(absorb([duplicateRegistered, earlier]))
        .then([mergedFrom(['older-1'])]);
    });

    it('does nothing once the merge is recorded', () => {
      given([survivorRegistered, mergedFrom()])
        .when(absorb([duplicateRegistered, mergedInto]))
        .then([]);
    });

    it('rejects merging a customer into itself', () => {
      given([survivorRegistered])
        .when(absorb([survivorRegistered], { duplicateId: SURVIVOR_ID }))
        .thenThrows('CUSTOMER.CANNOT_MERGE_INTO_ITSELF');
    });

    it.each([
      ['an unknown duplicate', [], 'CUSTOMER.NOT_FOUND'],
      [
        "another tenant's duplicate",
        [customerRegistered({ customerId: DUPLICATE_ID, tenantId: 'x' })],
        'CUSTOMER.NOT_FOUND',
      ],
      ['an archived duplicate', [duplicateRegistered, archivedEvent(DUPLICATE_ID)], 'CUSTOMER.ARCHIVED'],
      [
        'a duplicate merged elsewhere',
        [duplicateRegistered, { ...mergedInto, data: { ...mergedInto.data, survivorId: 'other' } }],
        'CUSTOMER.MERGED',
      ],
    ] as const)('rejects %s', (_case, duplicateEvents, code) => {
      given([survivorRegistered])
        .when(absorb([...duplicateEvents]))
        .thenThrows(code);
    });

    it('rejects an unknown, archived or merged survivor', () => {
      given([])
        .when(absorb([duplicateRegistered]))
        .thenThrows('CUSTOMER.NOT_FOUND');
      given([survivorRegistered, archivedEvent(SURVIVOR_ID)])
        .when(absorb([duplicateRegistered]))
        .thenThrows('CUSTOMER.ARCHIVED');
      const survivorMerged: CustomerEvent = {
        type: 'customer.CustomerMergedInto',
        data: { customerId: SURVIVOR_ID, survivorId: 'third', mergedAt: MERGED_AT },
      };
      given([survivorRegistered, survivorMerged])
        .when(absorb([duplicateRegistered]))
        .thenThrows('CUSTOMER.MERGED');
    });
  });

  describe('a merged duplicate', () => {
    const everyCommand: CustomerCommand[] = [
      updateCustomer({ name: 'Acme SE' }, { customerId: DUPLICATE_ID }),
      logInteraction({ customerId: DUPLICATE_ID }),
      {
        type: 'ArchiveCustomer',
        data: { tenantId: TENANT, customerId: DUPLICATE_ID, archivedAt: MERGED_AT },
      },
      absorb([customerRegistered({ customerId: 'third' })], {
        customerId: DUPLICATE_ID,
        duplicateId: 'third',
      }),
    ];
    it.each(everyCommand.map((command) => [command.type, command] as const))(
      'rejects %s with CUSTOMER.MERGED',
      (_type, command) => {
        given([duplicateRegistered, mergedInto]).when(command).thenThrows('CUSTOMER.MERGED');
      },
    );
  });
});

function archivedEvent(customerId: string): CustomerEvent {
  return { type: 'customer.CustomerArchived', data: { customerId, reason: null, archivedAt: MERGED_AT } };
}
