export * from './invitation-open';
export * from './contributions';
