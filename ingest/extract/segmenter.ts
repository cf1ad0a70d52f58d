import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word of the segmented text with its part-of-speech tag and character offsets. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | null = null;

/** Loading the dictionary takes a while, so one instance serves the process. */
export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of segmenter().tag(text, true)) {
    out.push({ word, tag, start: pos, end: pos + word.length });
    pos += word.length;
  }
  return out;
}

/** The token covering character offset `at`, by binary search. */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (!t) break;
    if (at < t.start) hi = mid - 1;
    else if (at >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
