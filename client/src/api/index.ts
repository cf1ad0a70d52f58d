export * from './errors.ts';
export * from './endpoints.ts';
