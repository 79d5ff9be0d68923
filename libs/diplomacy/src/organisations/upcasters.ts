import type { Upcaster } from '../upcaster';

/** v1 had no `partOfId`: an organisation registered then is part of none until corrected. */
export const ORGANISATION_UPCASTERS: readonly Upcaster[] = [
  { type: 'OrganisationRegistered', from: 1, upcast: (data) => ({ ...data, partOfId: null }) },
];
