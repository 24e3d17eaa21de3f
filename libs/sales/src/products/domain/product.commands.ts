import type { MoneyInput } from '../../shared/domain';

export interface RegisterProduct {
  readonly type: 'RegisterProduct';
  readonly data: {
    readonly tenantId: string;
    /** Derived from the tenant and the SKU by the application: the product stream is the SKU's reservation. */
    readonly productId: string;
    readonly sku: string;
    readonly name: string;
    readonly category: string;
    readonly price: MoneyInput;
    readonly active?: boolean;
    readonly registeredAt: string;
  };
}

/** A partial update: an absent field stays as it is. The SKU never changes (it is the product's identity). */
export interface ProductPatch {
  readonly name?: string;
  readonly category?: string;
  readonly price?: MoneyInput;
  readonly active?: boolean;
}

export interface ChangeProduct {
  readonly type: 'ChangeProduct';
  readonly data: { readonly tenantId: string; readonly productId: string; readonly patch: ProductPatch };
}

export type ProductCommand = RegisterProduct | ChangeProduct;
