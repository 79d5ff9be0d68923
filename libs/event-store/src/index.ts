export * from './envelope';
export * from './errors';
export * from './event-store.port';
export * from './create-event-store';
export * from './event-store.module';
export * from './event-store-observer';
export * from './kurrentdb';
export * from './sqlite/online-backup';
