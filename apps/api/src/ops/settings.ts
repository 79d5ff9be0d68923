/**
 * Every environment variable the API reads. A variable spelled like one of these but not exactly
 * (`DATADIR`, `EVENTSTORE_ULR`) stops the start: silently ignored, it would leave the default in
 * force, say the data written to ./data while the operator believes it goes elsewhere.
 */
export const KNOWN_SETTINGS = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'EVENTSTORE_URL',
  'CORS_ORIGINS',
  'AUTH_FAILURE_LIMIT',
  'AUTH_FAILURE_WINDOW_MS',
  'AUTH_FAILURE_BLOCK_MS',
  'AUTH_STALENESS_MS',
  'READ_WAIT_MS',
  'WEB_DIR',
  'CHANCERY_URL',
  'CHANCERY_TOKEN',
  'CHANCERY_OPERATOR',
  'LOG_LEVEL',
  'METRICS_ALLOW',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'SHUTDOWN_TIMEOUT_MS',
] as const;

/** A start-up refusal: one line saying what is wrong and what to do about it. */
export class StartupRefused extends Error {
  override readonly name = 'StartupRefused';
}
