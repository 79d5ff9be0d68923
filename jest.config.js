/** One jest run for the whole suite; swc strips types fast, `npm run typecheck` checks them. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** Nest 12 and some of its dependencies ship only ES modules, which jest cannot require on Node 20. */
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '.*\\.(spec|test)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swcJs },
  // google-protobuf's closure build relies on a top-level `this`, which a module transform erases.
  transformIgnorePatterns: ['/node_modules/(?:google-protobuf|@grpc|@kurrent)/'],
  moduleNameMapper: {
    '^@chancery/([a-z-]+)$': '<rootDir>/libs/$1/src',
  },
  // A bound that turns a hang into a failure, not a margin: at load average 20 on this 2-core
  // machine a beforeAll loading the seed visit on the KurrentDB double took over 30 s.
  testTimeout: 120_000,
};
