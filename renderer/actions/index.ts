export * from './registry';
export * from './history';
export * from './library';
export * from './board';
export * from './zoom';
export * from './settings';
export * from './facilitation';
export * from './templates';
