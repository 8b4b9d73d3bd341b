export * from './timer';
export * from './visibility';
export * from './agenda';
