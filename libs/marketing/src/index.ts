export * from './marketing.module';
