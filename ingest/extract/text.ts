/** Small text helpers shared by the extraction rules. */

export const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Sentences end at 。！？; clauses also at commas and semicolons. */
export function sentences(paragraph: string): string[] {
  return (
    paragraph
      .match(/[^。！？!?]+[。！？!?]*[”’"]?/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

const SENTENCE = /[^。！？!?]+[。！？!?]*[”’"]?/g;

/**
 * The sentences of a paragraph, found once and looked up by offset: rules ask for the sentence of
 * every hit, and a page of thousands of names must not re-split its paragraph for each of them.
 */
export class SentenceIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    for (const m of text.matchAll(SENTENCE)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** Character range of the first sentence ending after `at`; the whole text past the last one. */
  range(at: number): [number, number] {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ends[mid] ?? 0) > at) hi = mid;
      else lo = mid + 1;
    }
    const start = this.starts[lo];
    const end = this.ends[lo];
    return start === undefined || end === undefined ? [0, this.text.length] : [start, end];
  }

  /** The sentence covering offset `at`, trimmed. */
  at(at: number): string {
    const [start, end] = this.range(at);
    return this.text.slice(start, end).trim();
  }
}

/** The sentence of `paragraph` that covers character offset `at`. */
export function sentenceAt(paragraph: string, at: number): string {
  return new SentenceIndex(paragraph).at(at);
}

/**
 * Spans already claimed by one kind of entity, so another rule does not reuse the text. Asked once
 * per candidate, so lookups are binary searches over the spans sorted by start with the furthest
 * end so far (a page can hold tens of thousands of names).
 */
export class SpanSet {
  private readonly spans: [number, number][] = [];
  private sorted: { starts: number[]; furthest: number[] } | null = null;

  static of(items: readonly { start: number; end: number }[]): SpanSet {
    const set = new SpanSet();
    for (const { start, end } of items) set.add(start, end);
    return set;
  }

  add(start: number, end: number): void {
    this.spans.push([start, end]);
    this.sorted = null;
  }

  /** A new set holding the spans of both. */
  with(other: SpanSet): SpanSet {
    const set = new SpanSet();
    for (const [s, e] of [...this.spans, ...other.spans]) set.add(s, e);
    return set;
  }

  /** The furthest end of the spans that start at or before `at` (`before`: strictly before). */
  private reach(at: number, before: boolean): number {
    if (!this.sorted) {
      const spans = [...this.spans].sort((a, b) => a[0] - b[0]);
      let max = -Infinity;
      this.sorted = {
        starts: spans.map(([s]) => s),
        furthest: spans.map(([, e]) => (max = Math.max(max, e))),
      };
    }
    const { starts, furthest } = this.sorted;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = starts[mid] ?? 0;
      if (before ? s < at : s <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -Infinity : (furthest[lo - 1] ?? -Infinity);
  }

  /** Some span holds all of start..end. */
  covers(start: number, end: number): boolean {
    return this.reach(start, false) >= end;
  }

  /** Some span shares a character with start..end. */
  overlaps(start: number, end: number): boolean {
    return this.reach(end, true) > start;
  }

  /** Some span starts before `at` and ends after it: it runs across that boundary. */
  crosses(at: number): boolean {
    return this.reach(at, true) > at;
  }
}

/** Spans inside 《》 are titles of documents and books: nothing in them is an entity. */
export function bookTitleSpans(text: string): SpanSet {
  const set = new SpanSet();
  for (const m of text.matchAll(/《[^《》]*》/g)) set.add(m.index, m.index + m[0].length);
  return set;
}

export function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
