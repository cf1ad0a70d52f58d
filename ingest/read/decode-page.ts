import chardet from 'chardet';
import iconv from 'iconv-lite';
import { BinaryPageError, EmptyPageError, PageTooLargeError, UndecodablePageError } from './errors.ts';

/** A printed page is a few tens of kilobytes; anything this big is not a page. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** Share of control characters above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Encodings a Chinese text page may plausibly come in, as chardet names them. */
const LEGACY_ENCODINGS = new Set(['GB18030', 'Big5', 'UTF-16LE', 'UTF-16BE']);

export interface DecodedPage {
  text: string;
  encoding: string;
}

function isControl(code: number): boolean {
  // Tab, line feed, form feed and carriage return are layout, not binary noise.
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function checkNotBinary(file: string, bytes: Uint8Array): void {
  if (bytes.includes(0)) throw new BinaryPageError(file, 'it contains NUL bytes');
  let control = 0;
  for (const b of bytes) if (isControl(b)) control++;
  if (control / bytes.length > MAX_CONTROL_SHARE) {
    throw new BinaryPageError(file, `${control} of ${bytes.length} bytes are control characters`);
  }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasUtf16Bom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

function decodeLegacy(file: string, bytes: Uint8Array, encoding: string): string {
  // GBK and GB2312 are subsets of GB18030, so one decoder covers the family.
  const text = iconv.decode(Buffer.from(bytes), encoding === 'GB18030' ? 'gb18030' : encoding);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) throw new UndecodablePageError(file, encoding, `invalid byte sequence near character ${bad}`);
  return text.replace(/^\uFEFF/, '');
}

/**
 * Decodes a page file's bytes: UTF-8 with or without BOM, UTF-16 with BOM, or a legacy
 * Chinese encoding (GB18030/GBK, Big5) as detected by chardet. Throws a PageReadError
 * subclass naming `file` for empty, oversized, binary or undecodable input.
 */
export function decodePageWithEncoding(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length > MAX_PAGE_BYTES) throw new PageTooLargeError(file, bytes.length, MAX_PAGE_BYTES);
  const utf16 = hasUtf16Bom(bytes);
  if (utf16) return { text: decodeLegacy(file, bytes.subarray(2), utf16), encoding: utf16 };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) throw new EmptyPageError(file);
  checkNotBinary(file, body);
  const utf8 = strictUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const detected = chardet.detect(body);
  if (!detected || !LEGACY_ENCODINGS.has(detected)) {
    throw new UndecodablePageError(file, detected, 'not valid UTF-8 and not a recognised Chinese encoding');
  }
  return { text: decodeLegacy(file, body, detected), encoding: detected };
}

/** The text of a page file; see decodePageWithEncoding for the accepted encodings. */
export function decodePage(bytes: Uint8Array, file: string): string {
  return decodePageWithEncoding(bytes, file).text;
}
