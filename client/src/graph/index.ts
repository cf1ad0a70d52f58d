export * from './types.ts';
export * from './colors.ts';
export * from './merge.ts';
export * from './visibility.ts';
export * from './reducers.ts';
export * from './export-tabular.ts';
