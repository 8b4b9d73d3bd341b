export * from './timer';
export * from './visibility';
export * from './agenda';
export * from './voting';
export * from './presentation';
export * from './culture';
export * from './outcomes';
