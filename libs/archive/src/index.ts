export * from './errors';
export * from './log-survey';
export * from './backup/backup-manifest';
export * from './backup/backup';
export * from './backup/restore';
export * from './log-file/log-lines';
export * from './log-file/export-log';
export * from './log-file/import-log';
