export * from './projection';
export * from './read-model-storage.port';
export * from './projection-engine';
export { ProjectionRunner } from './projection-runner';
export type { Member } from './projection-runner';
export * from './sqlite/sqlite-read-model-storage';
export * from './threaded/threaded-engine';
export { serveEngineThread } from './threaded/engine-thread';
