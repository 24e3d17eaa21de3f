export * from './product.commands';
export * from './product.decider';
export * from './product.events';
export * from './product.state';
export * from './sku';
