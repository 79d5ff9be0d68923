import { Roles } from '../../auth/auth.decorators';

/** Staff who record what happened (and admins). */
export const Recorders = () => Roles('recorder', 'admin');
/** Everyone with an account may read the record (classification filtering comes in a later issue). */
export const Readers = () => Roles('recorder', 'analyst', 'auditor', 'admin');
