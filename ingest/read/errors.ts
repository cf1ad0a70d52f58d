/**
 * Why a page file could not be read. Tests and callers check the class, not the wording;
 * every message names the file so a batch ingest can report which input failed.
 */
export class PageReadError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`Reading page ${file}: ${message}`);
    this.name = new.target.name;
    this.file = file;
  }
}

export class EmptyPageError extends PageReadError {
  constructor(file: string) {
    super(file, 'the file is empty');
  }
}

export class PageTooLargeError extends PageReadError {
  readonly bytes: number;
  readonly limit: number;

  constructor(file: string, bytes: number, limit: number) {
    super(file, `the file has ${bytes} bytes, more than the ${limit}-byte limit`);
    this.bytes = bytes;
    this.limit = limit;
  }
}

export class BinaryPageError extends PageReadError {
  constructor(file: string, reason: string) {
    super(file, `the file looks binary (${reason}), not a text page`);
  }
}

export class UndecodablePageError extends PageReadError {
  readonly encoding: string | null;

  constructor(file: string, encoding: string | null, detail: string) {
    super(file, `the bytes cannot be decoded${encoding ? ` as ${encoding}` : ''}: ${detail}`);
    this.encoding = encoding;
  }
}

/** Reading the page took longer than the time bound: it is refused, and nothing of it is stored. */
export class PageTimeoutError extends PageReadError {
  readonly limitMs: number;

  constructor(file: string, limitMs: number) {
    super(file, `reading and extracting it took longer than ${limitMs} ms, so it was refused`);
    this.limitMs = limitMs;
  }
}

/** The worker thread reading the page stopped (out of memory, a crash) before it answered. */
export class PageWorkerError extends PageReadError {
  constructor(file: string, detail: string) {
    super(file, `the extraction worker stopped (${detail})`);
  }
}
