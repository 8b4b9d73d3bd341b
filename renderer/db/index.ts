export { db } from './db';
export * from './workshops';
export * from './hooks';
