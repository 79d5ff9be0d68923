import { Roles } from '../../auth/auth.decorators';

/** Analysts and auditors read the read models (the role matrix in the README). */
export const ReadModelReaders = () => Roles('analyst', 'auditor');

/** Every level for now; the clearance issue narrows this per user, and every figure is recomputed from rows. */
export const ALL_LEVELS = ['public', 'internal', 'confidential'];
