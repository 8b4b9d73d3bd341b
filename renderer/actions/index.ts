export * from './registry';
export * from './history';
export * from './library';
