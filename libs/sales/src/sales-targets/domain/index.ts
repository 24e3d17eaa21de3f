export * from './attainment';
export * from './sales-target';
