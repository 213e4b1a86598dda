export * from './evidence';
export * from './evidence-filters';
export * from './evidence-item';
export * from './evidence-attachments';
export * from './evidence-form';
