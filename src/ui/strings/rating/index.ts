/** Interface text of rating one expectation. */
export * from './rating';
export * from './journal';
