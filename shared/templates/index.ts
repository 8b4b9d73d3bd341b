export * from './cats-and-dogs';
export * from './build';
export * from './sample';
export * from './palette';
export * from './details';
export * from './duplicate';
export * from './saved';
export * from './anonymise';
