/** Splits `text` around case-insensitive occurrences of any of `terms`, longest term first. Pure. */
export interface Segment {
  text: string;
  match: boolean;
}

export function splitHighlights(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.filter((t) => t.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const lower = text.toLowerCase();
  const lowered = wanted.map((t) => t.toLowerCase());
  const out: Segment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const hit = lowered.find((t) => lower.startsWith(t, i));
    if (hit === undefined) {
      i++;
      continue;
    }
    if (i > plainStart) out.push({ text: text.slice(plainStart, i), match: false });
    out.push({ text: text.slice(i, i + hit.length), match: true });
    i += hit.length;
    plainStart = i;
  }
  if (plainStart < text.length) out.push({ text: text.slice(plainStart), match: false });
  return out;
}

/** DOM form: text nodes and <mark> elements built with textContent, never markup. */
export function highlightedFragment(text: string, terms: readonly string[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const seg of splitHighlights(text, terms)) {
    if (seg.match) {
      const mark = document.createElement('mark');
      mark.textContent = seg.text;
      frag.appendChild(mark);
    } else frag.appendChild(document.createTextNode(seg.text));
  }
  return frag;
}
