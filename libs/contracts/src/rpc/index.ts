export * from './context-rpc';
export * from './remote-error-payload';
