/** Where a page's publication date can come from, strongest first. */
export interface PageDateSources {
  /** `--date YYYY-MM-DD` as given on the command line. */
  option?: string | null;
  /** The page file's name; `2022-10-11` or `20221011` in it counts. */
  file?: string | null;
  /** The decoded page text; the masthead's dated line, or a signature date alone on a line, counts. */
  text?: string | null;
}

export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`Publication date: "${value}" is not a valid YYYY-MM-DD date`);
    this.name = 'InvalidDateError';
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` when the parts form a real calendar date in a plausible range, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses a strict `YYYY-MM-DD`; throws InvalidDateError otherwise. */
export function parseIsoDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (!iso) throw new InvalidDateError(value);
  return iso;
}

export function dateFromFileName(file: string): string | null {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dashed = /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/.exec(base);
  if (dashed) {
    const iso = isoDate(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
    if (iso) return iso;
  }
  const compact = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(base);
  return compact ? isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}

/**
 * A notice or letter on the page is signed with a full date on a line of its own
 * (`2022年10月11日`); dates inside sentences are event dates, not the issue date.
 */
export function dateFromSignature(text: string): string | null {
  let found: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/.exec(line);
    if (m) found = isoDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? found;
  }
  return found;
}

/** `武进日报 2025年11月24日 星期一 第2版`: the masthead's date, with its weekday. */
const MASTHEAD_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:星期|周)[一二三四五六日天]/;

/** The issue date printed in the masthead line at the top of the page. */
export function dateFromMasthead(text: string): string | null {
  const top = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  for (const line of top) {
    const m = MASTHEAD_DATE.exec(line);
    const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (iso) return iso;
  }
  return null;
}

/** The page's publication date as `YYYY-MM-DD`, or null when nothing states it. */
export function pageDate(sources: PageDateSources): string | null {
  if (sources.option) return parseIsoDate(sources.option);
  const fromName = sources.file ? dateFromFileName(sources.file) : null;
  if (fromName) return fromName;
  if (!sources.text) return null;
  return dateFromMasthead(sources.text) ?? dateFromSignature(sources.text);
}
