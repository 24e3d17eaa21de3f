export * from './asyncapi-document';
export * from './integration-event-catalogue';
export * from './integration-event-schemas.generated';
