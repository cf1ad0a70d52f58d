import { basename } from 'node:path';
import type { PageExtraction } from '../model/extraction.ts';
import { extractPage } from './extract/extract-page.ts';
import { decodePage, MAX_PAGE_BYTES } from './read/decode-page.ts';
import { PageTooLargeError } from './read/errors.ts';
import { pageDate } from './read/page-date.ts';

export interface PageInput {
  /** Shown in messages; its base name also keys the page. */
  name: string;
  bytes: Uint8Array;
  /** Set instead of reading the bytes when the file is over the size limit. */
  oversizeBytes?: number;
}

/** Decoding and extraction of one page; throws a PageReadError naming the page for bad input. */
export function readAndExtract(page: PageInput, date: string | null = null): PageExtraction {
  if (page.oversizeBytes !== undefined)
    throw new PageTooLargeError(page.name, page.oversizeBytes, MAX_PAGE_BYTES);
  const text = decodePage(page.bytes, page.name);
  const file = basename(page.name);
  const published = pageDate({ option: date, file, text });
  return extractPage(text, { file, published });
}
