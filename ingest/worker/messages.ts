import type { PageExtraction } from '../../model/extraction.ts';

/** Main thread → extraction worker: one page. */
export interface ExtractRequest {
  name: string;
  bytes: Uint8Array;
  oversizeBytes?: number;
  date: string | null;
}

/** Extraction worker → main thread. `ready` once its dictionaries are loaded; then one `done` per page. */
export type ExtractReply =
  | { type: 'ready' }
  | { type: 'done'; ok: true; extraction: PageExtraction }
  | { type: 'done'; ok: false; name: string; message: string };
