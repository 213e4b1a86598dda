export * from './dashboard';
export * from './level-colours';
export * from './compare';
export * from './consensus-progress';
