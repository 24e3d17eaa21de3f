import { DomainError } from '@crm/core';
import { Injectable } from '@nestjs/common';
import { ProductCatalogue } from '../products/application/product-catalogue';
import {
  ProductCommandService,
  type RegisterProductInput,
} from '../products/application/product-command.service';
import { normalizeSku, type Product } from '../products/domain';
import type { CommandRequest } from '../shared/application/sales-requests';

export type ProductImportOutcome = 'imported' | 'existing';

/** The products an order file names, those it could not have, and why. */
export interface ResolvedProducts {
  readonly catalogue: ReadonlyMap<string, Product>;
  /** Normalised SKU to the reason there is no product for it. */
  readonly missing: ReadonlyMap<string, string>;
  /** Products registered for unknown SKUs. */
  readonly created: number;
}

/** Products for bulk import: registration that treats a SKU already in the catalogue as done. */
@Injectable()
export class ProductImportService {
  constructor(
    private readonly commands: ProductCommandService,
    private readonly catalogue: ProductCatalogue,
  ) {}

  /** Registers the product unless its SKU is in the catalogue. Other domain errors propagate. */
  async importProduct(input: RegisterProductInput, request: CommandRequest): Promise<ProductImportOutcome> {
    try {
      await this.commands.register(input, request);
      return 'imported';
    } catch (error) {
      if (error instanceof DomainError && error.code === 'PRODUCT.SKU_TAKEN') return 'existing';
      throw error;
    }
  }

  /**
   * The products of these SKUs. With `createMissing`, an unknown SKU is registered from the first
   * order line naming it (its price, the given name and category); without, it is reported missing.
   */
  async resolve(
    wanted: readonly RegisterProductInput[],
    createMissing: boolean,
    request: CommandRequest,
  ): Promise<ResolvedProducts> {
    const { tenantId } = request.metadata;
    const firstBySku = new Map<string, RegisterProductInput>();
    for (const product of wanted) {
      const sku = normalizeSku(product.sku);
      if (!firstBySku.has(sku)) firstBySku.set(sku, { ...product, sku });
    }
    const found = await this.catalogue.lookup(tenantId, [...firstBySku.keys()]);
    const missing = new Map<string, string>();
    const absent = [...firstBySku.values()].filter((product) => !found.has(product.sku));
    if (!createMissing) {
      for (const { sku } of absent)
        missing.set(sku, `No product with SKU ${sku} in the catalogue (createMissing=false)`);
      return { catalogue: found, missing, created: 0 };
    }
    let created = 0;
    for (const product of absent) {
      try {
        if ((await this.importProduct(product, request)) === 'imported') created++;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        missing.set(product.sku, `Cannot create product ${product.sku}: ${error.message}`);
      }
    }
    const registered = await this.catalogue.lookup(
      tenantId,
      absent.map(({ sku }) => sku).filter((sku) => !missing.has(sku)),
    );
    return { catalogue: new Map([...found, ...registered]), missing, created };
  }
}
