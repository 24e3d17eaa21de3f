export * from './apriori';
export * from './association-rules';
export * from './eclat';
export * from './fp-growth';
export * from './frequent-itemset';
export * from './quest-generator';
export * from './recommendations';
export * from './transaction-set';
