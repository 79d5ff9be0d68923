import { Roles } from '../../auth/auth.decorators';

/** Analysts and auditors read the read models (the role matrix in the README). */
export const ReadModelReaders = () => Roles('analyst', 'auditor');
