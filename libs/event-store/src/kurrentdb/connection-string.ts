/** The schemes the official client accepts; `esdb` ones still work but make it warn on every start. */
const SCHEME = /^(esdb|kurrentdb|kurrent|kdb)(\+discover)?:\/\//i;

/** `esdb://` and `esdb+discover://` become their `kurrentdb` equivalents; the rest is left as given. */
export function normaliseConnectionString(url: string): string {
  const match = SCHEME.exec(url);
  if (!match) {
    throw new Error(
      'EVENTSTORE_URL must start with kurrentdb://, esdb://, or their +discover forms (e.g. kurrentdb://localhost:2113?tls=false)',
    );
  }
  return url.replace(SCHEME, `kurrentdb${match[2] ?? ''}://`);
}

/** Where the store points, for health reports and errors, without credentials. */
export function describeEndpoint(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//').replace(/\?.*$/, '');
}
