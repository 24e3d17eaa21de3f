import { ExpectedVersionConflictError, nameBasedId } from '@crm/event-store';
import { DOCUMENT_STORE, type DocumentStore } from '@crm/read-models';
import { Inject, Injectable } from '@nestjs/common';
import {
  CustomerCommandService,
  type CommandRequest,
  type RegisterCustomerInput,
} from '../application/customer-command.service';
import { CUSTOMER_DIRECTORY_COLLECTION } from '../read-models/customer-directory.projection';
import type { CustomerView } from '../read-models/customer-view';

// Fixed namespace of imported customers' ids; changing it would make a re-run import everything twice.
const IMPORTED_CUSTOMER_NAMESPACE = '3b0d2c8e-51a4-4f7e-8d6b-2a9c4e1f7d30';
const DIRECTORY_LOOKUP_BATCH = 500;
/** Registrations in flight at once: the store commits concurrent appends together. */
const CREATE_BATCH = 64;

/** A customer row of an import: a registration that names its external reference. */
export type CustomerImportInput = RegisterCustomerInput & { readonly externalRef: string };

export type CustomerImportOutcome = 'imported' | 'existing';

/** Resolved customer references, and those that name no customer (only without createMissing). */
export interface ResolvedCustomerRefs {
  /** External ref to customer id; plain JSON, so it crosses the wire to customer-svc as is. */
  readonly ids: Readonly<Record<string, string>>;
  readonly unknown: readonly string[];
  /** Minimal customers registered for unknown refs. */
  readonly created: number;
}

/**
 * Customers by external reference, for bulk import (decision 0026). An imported customer's id is a
 * name-based UUID of (tenant, external ref), so importing a file again finds every stream already
 * there and appends nothing; a customer registered through the API with that ref is found in the
 * directory and left as it is.
 */
@Injectable()
export class CustomerImportService {
  constructor(
    private readonly commands: CustomerCommandService,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  /**
   * The customer id of each external ref. Unknown refs become minimal customers (a person named by
   * the ref, active, tagged `imported`) when `createMissing`, else they are returned as unknown.
   */
  async resolveRefs(
    refs: readonly string[],
    createMissing: boolean,
    request: CommandRequest,
  ): Promise<ResolvedCustomerRefs> {
    const { tenantId } = request.metadata;
    const distinct = [...new Set(refs.map((ref) => ref.trim()))];
    const ids: Record<string, string> = { ...(await this.existingIdsOf(tenantId, distinct)) };
    const unknown: string[] = [];
    let created = 0;
    const unresolved = distinct.filter((candidate) => !Object.hasOwn(ids, candidate));
    for (let start = 0; start < unresolved.length; start += CREATE_BATCH) {
      const batch = unresolved.slice(start, start + CREATE_BATCH);
      const found = await Promise.all(
        batch.map(async (ref) => {
          if (createMissing) {
            if ((await this.registerImported(minimalCustomerOf(ref), request)) === 'imported') created++;
          } else if (!(await this.commands.exists(importedCustomerIdOf(tenantId, ref)))) return false;
          return true;
        }),
      );
      batch.forEach((ref, index) => {
        if (found[index]) ids[ref] = importedCustomerIdOf(tenantId, ref);
        else unknown.push(ref);
      });
    }
    return { ids, unknown, created };
  }

  /**
   * Registers the customer under the import's id for its external ref; 'existing' when an earlier run
   * did. Check `existingIdsOf` first for customers registered through the API. Domain errors propagate.
   */
  async registerImported(
    input: CustomerImportInput,
    request: CommandRequest,
  ): Promise<CustomerImportOutcome> {
    const customerId = importedCustomerIdOf(request.metadata.tenantId, input.externalRef);
    try {
      await this.commands.registerAs(customerId, input, request);
      return 'imported';
    } catch (error) {
      if (error instanceof ExpectedVersionConflictError) return 'existing';
      throw error;
    }
  }

  /** Customers the directory knows by external ref (registered through the API or imported earlier). */
  async existingIdsOf(tenantId: string, refs: readonly string[]): Promise<Record<string, string>> {
    const directory = this.documents.collection<CustomerView>(CUSTOMER_DIRECTORY_COLLECTION);
    const ids: Record<string, string> = {};
    for (let start = 0; start < refs.length; start += DIRECTORY_LOOKUP_BATCH) {
      const batch = refs.slice(start, start + DIRECTORY_LOOKUP_BATCH);
      let cursor: string | undefined;
      do {
        const page = await directory.find(tenantId, {
          where: { externalRef: { in: batch } },
          limit: DIRECTORY_LOOKUP_BATCH,
          ...(cursor === undefined ? {} : { cursor }),
        });
        for (const { data } of page.items) {
          if (data.externalRef !== null && !Object.hasOwn(ids, data.externalRef))
            ids[data.externalRef] = data.id;
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    }
    return ids;
  }
}

/** The id an import gives the customer with this external ref. */
export function importedCustomerIdOf(tenantId: string, externalRef: string): string {
  return nameBasedId(IMPORTED_CUSTOMER_NAMESPACE, tenantId, externalRef.trim());
}

function minimalCustomerOf(externalRef: string): CustomerImportInput {
  return {
    customerType: 'person',
    name: externalRef,
    externalRef,
    status: 'active',
    channel: 'other',
    tags: ['imported'],
  };
}
