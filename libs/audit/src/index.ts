export * from './hash-chain/canonical-json';
export * from './hash-chain/hash-chain';
export * from './party-streams/party-streams.projection';
export * from './projections';
export * from './verify/compare-tables';
export * from './verify/verify-log';
