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

/** The sentence of `paragraph` that covers character offset `at`. */
export function sentenceAt(paragraph: string, at: number): string {
  let pos = 0;
  for (const s of paragraph.match(/[^。！？!?]+[。！？!?]*[”’"]?/g) ?? []) {
    if (at < pos + s.length) return s.trim();
    pos += s.length;
  }
  return paragraph.trim();
}

/** Spans already claimed by one kind of entity, so another rule does not reuse the text. */
export class SpanSet {
  private readonly spans: [number, number][] = [];

  add(start: number, end: number): void {
    this.spans.push([start, end]);
  }

  covers(start: number, end: number): boolean {
    return this.spans.some(([s, e]) => s <= start && end <= e);
  }

  overlaps(start: number, end: number): boolean {
    return this.spans.some(([s, e]) => start < e && s < end);
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
