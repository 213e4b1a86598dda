export * from './actions';
export * from './new-action';
export * from './action-table';
export * from './action-board';
export * from './action-editor';
export * from './progress-log';
