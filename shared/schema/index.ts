export * from './version';
export * from './upgrade';
export * from './workshop-file';
