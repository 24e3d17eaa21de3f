import { DeciderSpec } from '@crm/testing';
import { changeProduct, PRODUCT_ID, productRegistered, registerProduct } from './product.builders';
import { decideProduct, productDecider } from './product.decider';

describe(decideProduct.name, () => {
  const given = DeciderSpec.for(productDecider);

  describe('RegisterProduct', () => {
    it('registers an active product with canonical SKU, category and money', () => {
      given([])
        .when(
          registerProduct({
            sku: ' sku-1 ',
            name: ' Espresso   machine ',
            category: ' Appliances',
            price: { amount: '199.9', currency: 'eur' },
          }),
        )
        .then([productRegistered()]);
    });

    it('registers an inactive product when asked', () => {
      given([])
        .when(registerProduct({ active: false }))
        .then([productRegistered({ active: false })]);
    });

    it('keeps fractions of a cent and pads to two decimals', () => {
      given([])
        .when(registerProduct({ price: { amount: '0.0125', currency: 'USD' } }))
        .then([productRegistered({ price: { amount: '0.0125', currency: 'USD' } })]);
      given([])
        .when(registerProduct({ price: { amount: '10', currency: 'USD' } }))
        .then([productRegistered({ price: { amount: '10.00', currency: 'USD' } })]);
    });

    it('rejects a SKU that is already registered', () => {
      given([productRegistered()]).when(registerProduct()).thenThrows('PRODUCT.SKU_TAKEN');
    });

    it.each(['', '  ', '-leading-dash', 'has space', 'x'.repeat(65)])('rejects the SKU "%s"', (sku) => {
      given([]).when(registerProduct({ sku })).thenThrows('PRODUCT.INVALID_SKU');
    });

    it.each(['-1.00', '1.23456', '1e3', 'ten', '0x10'])('rejects the price %s', (amount) => {
      given([])
        .when(registerProduct({ price: { amount, currency: 'EUR' } }))
        .thenThrows('SALES.INVALID_AMOUNT');
    });

    it('rejects a currency that is not ISO 4217 shaped', () => {
      given([])
        .when(registerProduct({ price: { amount: '1.00', currency: 'EURO' } }))
        .thenThrows('SALES.INVALID_CURRENCY');
    });

    it('rejects a blank name or category', () => {
      given([])
        .when(registerProduct({ name: ' ' }))
        .thenThrows('SALES.INVALID_TEXT');
      given([])
        .when(registerProduct({ category: '' }))
        .thenThrows('SALES.INVALID_TEXT');
    });
  });

  describe('ChangeProduct', () => {
    it('records only the fields that really changed, from and to', () => {
      given([productRegistered()])
        .when(
          changeProduct({
            name: 'Espresso machine',
            price: { amount: '179.00', currency: 'EUR' },
            active: false,
          }),
        )
        .then([
          {
            type: 'sales.ProductChanged',
            data: {
              productId: PRODUCT_ID,
              sku: 'SKU-1',
              changes: {
                price: {
                  from: { amount: '199.90', currency: 'EUR' },
                  to: { amount: '179.00', currency: 'EUR' },
                },
                active: { from: true, to: false },
              },
            },
          },
        ]);
    });

    it('yields no event for a patch that changes nothing ("199.9" is "199.90")', () => {
      given([productRegistered()])
        .when(changeProduct({ category: 'APPLIANCES', price: { amount: '199.9', currency: 'EUR' } }))
        .then([]);
    });

    it('rejects changing an unknown product, or one of another tenant', () => {
      given([])
        .when(changeProduct({ name: 'X' }))
        .thenThrows('PRODUCT.NOT_FOUND');
      given([productRegistered()])
        .when(changeProduct({ name: 'X' }, { tenantId: 'tenant-2' }))
        .thenThrows('PRODUCT.NOT_FOUND');
    });

    it('validates the new price', () => {
      given([productRegistered()])
        .when(changeProduct({ price: { amount: '1.2.3', currency: 'EUR' } }))
        .thenThrows('SALES.INVALID_AMOUNT');
    });
  });
});
