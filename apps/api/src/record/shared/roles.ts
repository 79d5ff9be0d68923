import { Roles } from '../../auth/auth.decorators';

/** Staff who record what happened; an admin who must record is granted the role, audited. */
export const Recorders = () => Roles('recorder');
/** Recorders (who need a record's revision to correct it), analysts and auditors. */
export const Readers = () => Roles('recorder', 'analyst', 'auditor');
