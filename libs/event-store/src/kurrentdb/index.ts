export { KurrentDbEventStore, type KurrentDbOptions } from './kurrentdb-event-store';
export {
  SubscriptionStatusRegistry,
  type SubscriptionStatus,
  type SubscriptionState,
} from './subscription-status';
