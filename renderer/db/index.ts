export { db } from './db';
export * from './workshops';
export * from './hooks';
export * from './board';
export * from './settings';
export * from './facilitation';
export * from './templates';
export * from './voting';
export * from './culture';
