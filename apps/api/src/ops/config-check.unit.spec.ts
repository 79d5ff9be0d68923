import { checkConfiguration, parseAllowList } from './config-check';
import { isAllowed } from './metrics-endpoint';

describe('checkConfiguration', () => {
  const refusal = (env: NodeJS.ProcessEnv) => {
    try {
      checkConfiguration(env);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it.each([
    ['DATADIR', 'DATA_DIR'],
    ['data_dir', 'DATA_DIR'],
    ['EVENTSTORE_ULR', 'EVENTSTORE_URL'],
    ['EVENT_STORE_URL', 'EVENTSTORE_URL'],
    ['CORS_ORIGIN', 'CORS_ORIGINS'],
    ['READ_WAIT', 'READ_WAIT_MS'],
    ['CHANCERY_TOKN', 'CHANCERY_TOKEN'],
    ['PROT', 'PORT'],
    ['AUTH_STALENES_MS', 'AUTH_STALENESS_MS'],
  ])('refuses %s, naming %s', (name, meant) => {
    expect(refusal({ [name]: 'x' })).toBe(
      `${name} is not a Chancery setting: did you mean ${meant}? Rename it (or unset it)`,
    );
  });

  it('leaves the usual variables of a machine alone', () => {
    const usual = ['HOME', 'HOSTNAME', 'PATH', 'PWD', 'OLDPWD', 'TERM', 'USER', 'SHELL', 'LANG']
      .concat(['NODE_ENV', 'NODE_OPTIONS', 'TMPDIR', 'LOGNAME', 'HOSTTYPE', 'CI', 'JEST_WORKER_ID'])
      .concat(['CHANCERY_E2E_STORE', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'API_URL', 'INIT_CWD']);
    expect(refusal(Object.fromEntries(usual.map((name) => [name, 'x'])))).toBeNull();
  });

  it('refuses a port that is not one, and a wait that is not whole milliseconds', () => {
    expect(refusal({ PORT: '80a' })).toBe('PORT=80a is not a port number (0 to 65535)');
    expect(refusal({ PORT: '70000' })).toMatch(/^PORT=70000 is not a port number/);
    expect(refusal({ READ_WAIT_MS: '5s' })).toBe(
      'READ_WAIT_MS=5s is not a whole number of milliseconds',
    );
  });

  it('accepts every documented EVENTSTORE_URL form, and refuses an endpoint that is not http(s)', () => {
    for (const url of [
      'esdb://localhost:2113?tls=false',
      'kurrentdb://admin:changeit@localhost:2113',
      'esdb+discover://cluster.example:2113',
      'kurrentdb+discover://a:2113,b:2113,c:2113',
    ])
      expect(refusal({ EVENTSTORE_URL: url })).toBeNull();
    expect(refusal({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toMatch(
      /is not an http\(s\) URL/,
    );
  });
});

describe('METRICS_ALLOW', () => {
  it('admits the listed addresses and blocks, IPv4 and IPv6, dual-stack forms included', () => {
    const allowed = parseAllowList('127.0.0.1, 10.1.0.0/16,fd00::/8');
    expect(isAllowed('127.0.0.1', allowed)).toBe(true);
    expect(isAllowed('::ffff:127.0.0.1', allowed)).toBe(true);
    expect(isAllowed('127.0.0.2', allowed)).toBe(false);
    expect(isAllowed('10.1.255.3', allowed)).toBe(true);
    expect(isAllowed('10.2.0.1', allowed)).toBe(false);
    expect(isAllowed('fd12:3456::1', allowed)).toBe(true);
    expect(isAllowed('fe80::1', allowed)).toBe(false);
    expect(isAllowed('::1', allowed)).toBe(false);
  });

  it('is closed when unset, and refuses an entry that is no address', () => {
    expect(isAllowed('127.0.0.1', parseAllowList(''))).toBe(false);
    expect(() => parseAllowList('127.0.0.1,localhost')).toThrow(
      'METRICS_ALLOW entry "localhost" is not an IP address or CIDR block (e.g. 10.0.0.0/8)',
    );
    expect(() => parseAllowList('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
  });
});
