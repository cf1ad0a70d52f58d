export { createDriver, type Driver } from './driver.ts';
export { applySchema } from './apply-schema.ts';
export { writeArticles, loadOrganizations } from './graph-writer.ts';
export { StoreWriteError } from './errors.ts';
