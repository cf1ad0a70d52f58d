import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript module. The project runs its TypeScript with tsx, but on
 * Node 20 the tsx loader of the parent (from `tsx`, `--import tsx` or the worker's own execArgv)
 * does not apply to a worker's entry file: it fails with "Unknown file extension .ts". So the
 * worker starts from a two-line ES module that registers tsx's loader inside the worker, then
 * imports the entry. The same works under `npm start`, `node --import tsx --test` and in the
 * Docker image, which also runs the server with tsx.
 */
export function startTsWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = [
    `import { register } from ${JSON.stringify(tsx)};`,
    'register();',
    `await import(${JSON.stringify(entry.href)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options);
}
