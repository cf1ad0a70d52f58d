export * from './extraction.ts';
export * from './graph.ts';
export * from './api.ts';
