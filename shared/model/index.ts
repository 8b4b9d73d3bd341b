export * from './common';
export * from './workshop';
export * from './board';
export * from './facilitation';
export * from './outcomes';
export * from './bundle';
export * from './lanes';
export * from './details';
