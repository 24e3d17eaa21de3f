/**
 * An exact amount of money on the wire: a decimal string (never a float), e.g. `"1299.50"`, with an
 * ISO 4217 currency code. Consumers that add amounts parse them with a decimal library.
 */
export interface MoneyV1 {
  readonly amount: string;
  readonly currency: string;
}
