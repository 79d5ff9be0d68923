// The contract depends on the port alone, not on the library's index (which also brings in Nest).
export * from '../../../libs/event-store/src/envelope';
export * from '../../../libs/event-store/src/errors';
export * from '../../../libs/event-store/src/event-store.port';
