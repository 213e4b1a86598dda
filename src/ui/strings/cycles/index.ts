export * from './cycles';
export * from './cycle-nav';
export * from './new-cycle';
export * from './participants';
export * from './choose-self';
export * from './closed-cycle';
