import type { Worker } from 'node:worker_threads';
import type { PageExtraction } from '../../model/extraction.ts';
import { startTsWorker } from '../../platform/ts-worker.ts';
import type { PageInput } from '../read-page.ts';
import { PageTimeoutError, PageWorkerError } from '../read/errors.ts';
import type { ExtractReply, ExtractRequest } from './messages.ts';

export interface ExtractPoolOptions {
  /** A page still being read after this long is refused and its worker replaced. */
  timeoutMs: number;
  /** Worker threads; one keeps the server's second core for Neo4j and requests. */
  size?: number;
  /** Heap of each worker, so one page cannot take the server's memory. */
  maxHeapMb?: number;
}

interface Job {
  page: PageInput;
  date: string | null;
  resolve: (extraction: PageExtraction) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_ENTRY = new URL('./extract-worker.ts', import.meta.url);

/**
 * Reads and extracts pages in worker threads, off the event loop that serves every other request:
 * a pathological page costs its worker time, not the server's. A page over the time bound is
 * refused with PageTimeoutError and its worker is replaced (a thread cannot be interrupted
 * otherwise); the clock starts when the worker takes the page, after its own warm-up.
 */
export class ExtractPool {
  private readonly queue: Job[] = [];
  private readonly slots: (Slot | null)[];
  private closed = false;

  constructor(private readonly options: ExtractPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size ?? 1) }, () => this.spawn());
  }

  /** A PageExtractor for the Ingestor. */
  readonly extract = (page: PageInput, date: string | null): Promise<PageExtraction> =>
    new Promise((resolve, reject) => {
      if (this.closed) {
        reject(new Error('ExtractPool: closed'));
        return;
      }
      this.queue.push({ page, date, resolve, reject });
      // A worker that could not start is tried again when work arrives, never in a loop.
      this.slots.forEach((slot, i) => {
        if (!slot) this.slots[i] = this.spawn();
      });
      this.dispatch();
    });

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('ExtractPool: closed'));
    const slots = this.slots.splice(0).filter((s): s is Slot => s !== null);
    for (const slot of slots) this.finish(slot, new Error('ExtractPool: closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startTsWorker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512 },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.unref();
    worker.on('message', (reply: ExtractReply) => this.onReply(slot, reply));
    worker.on('error', (err) => this.onStop(slot, err.message));
    worker.on('exit', (code) => this.onStop(slot, `exit code ${code}`));
    return slot;
  }

  private onReply(slot: Slot, reply: ExtractReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
    } else {
      const job = slot.job;
      slot.job = null;
      this.stopClock(slot);
      if (reply.ok) job?.resolve(reply.extraction);
      else job?.reject(Object.assign(new Error(reply.message), { name: reply.name }));
    }
    this.dispatch();
  }

  /** The worker died: its page fails, and a new worker takes its place (lazily if it never started). */
  private onStop(slot: Slot, detail: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const started = slot.ready;
    this.finish(slot, slot.job ? new PageWorkerError(slot.job.page.name, detail) : null);
    if (started) {
      this.slots[i] = this.spawn();
      return;
    }
    this.slots[i] = null;
    if (this.slots.some((s) => s !== null)) return;
    const failure = new Error(`ExtractPool: the extraction worker could not start (${detail})`);
    for (const job of this.queue.splice(0)) job.reject(failure);
  }

  private finish(slot: Slot, err: Error | null): void {
    this.stopClock(slot);
    const job = slot.job;
    slot.job = null;
    if (job && err) job.reject(err);
  }

  private stopClock(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.worker.unref();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot?.ready || slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      // A page in flight keeps the process alive; an idle worker does not.
      slot.worker.ref();
      slot.timer = setTimeout(() => this.onTimeout(slot), this.options.timeoutMs);
      const request: ExtractRequest = {
        name: job.page.name,
        bytes: job.page.bytes,
        oversizeBytes: job.page.oversizeBytes,
        date: job.date,
      };
      slot.worker.postMessage(request);
    }
  }

  private onTimeout(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || !slot.job) return;
    this.finish(slot, new PageTimeoutError(slot.job.page.name, this.options.timeoutMs));
    // Take the slot out first, so the old worker's exit is not counted as a crash.
    this.slots[i] = this.spawn();
    void slot.worker.terminate();
  }
}
