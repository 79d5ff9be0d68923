export * from './clock';
export * from './hash-chain/canonical-json';
export * from './hash-chain/hash-chain';
