import { Roles } from '../../auth/auth.decorators';

/** Everyone with an account reads the read models (clearance filtering comes in a later issue). */
export const ReadModelReaders = () => Roles('recorder', 'analyst', 'auditor', 'admin');

/** Every level for now; the clearance issue narrows this per user, and every figure is recomputed from rows. */
export const ALL_LEVELS = ['public', 'internal', 'confidential'];
