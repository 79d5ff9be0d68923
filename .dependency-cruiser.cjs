/** Layering rules checked in CI (`npm run lint:deps`): the domain stays pure, adapters stay at the edges. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain (libs/diplomacy) knows nothing of Nest, storage, HTTP or the file system.',
      severity: 'error',
      from: { path: '^libs/diplomacy/src' },
      to: {
        path: '^(apps|libs/(event-store|event-sourcing|projections|read-models|identity))|node_modules/(@nestjs|better-sqlite3|@kurrent|fastify|class-validator)',
      },
    },
    {
      name: 'domain-no-io-builtins',
      severity: 'error',
      from: { path: '^libs/diplomacy/src' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|worker_threads)$' },
    },
    {
      name: 'drafting-is-pure',
      comment: 'The drafting engine (libs/drafting) reads text and returns a draft: no Nest, storage, HTTP, network or file system.',
      severity: 'error',
      from: { path: '^libs/drafting/src' },
      to: {
        path: '^(apps|libs/(event-store|event-sourcing|projections|read-models|identity|audit|archive))|node_modules/(@nestjs|better-sqlite3|@kurrent|fastify|class-validator)',
      },
    },
    {
      name: 'drafting-no-io-builtins',
      severity: 'error',
      from: { path: '^libs/drafting/src' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|worker_threads|dns|tls)$' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'test-doubles-stay-in-test',
      comment: 'The KurrentDB test double is never shipped in the app.',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
