export * from './encryption';
export * from './personal-data';
