export * from './change';
export * from './lane-items';
export * from './ops';
export * from './find';
