export * from './command-metadata';
export * from './event-appender';
export * from './stream-reader';
export * from './command-executor';
export * from './reference-checker';
export * from './live-records';
export * from './idempotency';
export * from './event-sourcing.module';
