// Checks an AI summary against the article: sentences naming people, places or numbers the article never mentions are dropped.

/** Bullets and numbering the model may put before a key point. */
const BULLET = /^\s*(?:[-*•·‣◦]|\d+[.)])\s+/;

/** Fold case and accents, so "Etat" in the summary matches "État" in the article. */
const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Digits with their separators removed, so "2,300", "2 300" and "2300" are the same number. */
const digitsOf = (s: string): string[] =>
  (s.match(/\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(/[^\d]/g, ''));

/** Split AI output into sentences: one per line for key points, then by Intl.Segmenter where available. */
export function aiSentences(output: string, lang: string): string[] {
  const lines = output.split(/\n+/).map((l) => l.replace(BULLET, '').trim()).filter(Boolean);
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const out: string[] = [];
  for (const line of lines) {
    if (!Segmenter) {
      out.push(line);
      continue;
    }
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    for (const { segment } of segmenter.segment(line)) if (segment.trim()) out.push(segment.trim());
  }
  return out;
}

/**
 * The words of a sentence that claim a fact: capitalised words that do not start the sentence (names),
 * and every number. The first word is capitalised by grammar, so it proves nothing.
 */
export function claims(sentence: string): { names: string[]; numbers: string[] } {
  const words = sentence.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
  const names = words.filter((w, i) => i > 0 && /^\p{Lu}/u.test(w) && w.length > 1);
  return { names: names.map((n) => n.replace(/['’]s$/u, '')), numbers: digitsOf(sentence) };
}

/** Keep only AI sentences whose names and numbers all appear in the article text. */
export function checkAgainstArticle(sentences: readonly string[], articleText: string): string[] {
  const folded = fold(articleText);
  const articleWords = new Set(folded.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? []);
  // Every word-part of hyphenated/apostrophe names counts, so "al-Tulaibawi" matches "Tulaibawi" and vice versa.
  for (const w of [...articleWords]) for (const part of w.split(/['’-]/)) if (part) articleWords.add(part);
  const articleNumbers = new Set(digitsOf(articleText));
  const known = (name: string): boolean => {
    const f = fold(name);
    return articleWords.has(f) || f.split(/['’-]/).filter(Boolean).every((p) => articleWords.has(p));
  };
  return sentences.filter((s) => {
    const { names, numbers } = claims(s);
    return names.every(known) && numbers.every((n) => articleNumbers.has(n));
  });
}
