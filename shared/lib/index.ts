export * from './ids';
export * from './order';
export * from './time';
export * from './refusal';
export * from './share';
