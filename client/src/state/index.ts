export * from './types.ts';
export * from './transitions.ts';
export * from './history.ts';
export * from './url.ts';
export * from './store.ts';
