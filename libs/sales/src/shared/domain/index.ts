export * from './money';
export * from './sales.errors';
export * from './text';
