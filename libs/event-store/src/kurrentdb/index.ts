export { KurrentDbEventStore, type KurrentDbOptions } from './kurrentdb-event-store';
export { isKurrentDbUrl } from './connection-string';
export {
  SubscriptionStatusRegistry,
  type SubscriptionStatus,
  type SubscriptionState,
} from './subscription-status';
