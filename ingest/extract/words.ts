import { dict } from '@node-rs/jieba/dict.js';

/**
 * The segmenter's dictionary as a word → tag map, to tell a name candidate (`张某`) from
 * an ordinary word that happens to start with a surname (`高新`, `常州`, `项目`).
 */
let words: Map<string, string> | null = null;

function dictionary(): Map<string, string> {
  if (!words) {
    words = new Map();
    const text = Buffer.from(dict).toString('utf8');
    for (const line of text.split('\n')) {
      const [word, freq, tag] = line.split(' ');
      // Rare entries are mostly segmentation artefacts; they would hide real names.
      if (word && tag && Number(freq) >= 5) words.set(word, tag);
    }
  }
  return words;
}

export function wordTag(word: string): string | undefined {
  return dictionary().get(word);
}

/** A dictionary word that is not a personal name. */
export function isCommonWord(word: string): boolean {
  const tag = wordTag(word);
  return tag !== undefined && !tag.startsWith('nr');
}
