/** The role matrix is defined once, in auth; the record controllers know its readers as `Readers`. */
export { Recorders, RecordReaders as Readers } from '../../auth/auth.decorators';
