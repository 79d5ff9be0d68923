import { randomBytes, randomUUID } from 'node:crypto';

/** Where new ids and token secrets come from; injected so tests can make them predictable. */
export interface Entropy {
  newId(): string;
  /** 32 bytes from a cryptographically secure source. */
  newSecret(): Buffer;
}

export const ENTROPY = Symbol('ENTROPY');

export const cryptoEntropy: Entropy = {
  newId: () => randomUUID(),
  newSecret: () => randomBytes(32),
};
