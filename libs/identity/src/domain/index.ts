export * from './roles';
export * from './clearance';
export * from './api-token';
export * from './user.events';
export * from './user';
export * from './user.decide';
export * from './identity.errors';
export * from './desk';
