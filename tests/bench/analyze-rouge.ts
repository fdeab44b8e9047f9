// ROUGE-1, ROUGE-2 and ROUGE-L (F1, precision, recall) written for this project's benchmark.
/*
 * Definitions (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries"), as implemented here:
 * - Tokens: the text is lowercased, Unicode-normalised (NFKC), apostrophes and every character that is
 *   not a letter or a digit act as separators; tokens are the remaining runs of letters/digits. No stemming
 *   and no stopword removal (stemmers are language-specific; the French set is scored as-is).
 * - ROUGE-N: n-gram multisets of candidate C and reference R; overlap = Σ min(count_C(g), count_R(g)).
 *   P = overlap / |C n-grams|, R = overlap / |R n-grams|, F1 = 2PR / (P + R) (0 when either is 0).
 * - ROUGE-L: length of the longest common subsequence of the two whole token sequences (not per sentence,
 *   i.e. the "rougeL" variant, not "rougeLsum"); P = LCS/|C|, R = LCS/|R|, F1 as above.
 * - Corpus scores are the mean of per-document scores (macro average), reported ×100.
 *
 * The OrangeSum paper (BARThez) scores with Google's rouge-score package, no stemming. Its ROUGE-1/2/L are the
 * ones above except for the tokens: its default tokeniser keeps only ASCII letters and digits, so an accented
 * letter splits a French word ("été" → "t", "préféré" → "pr", "f", "r"). `referenceTokens` reproduces that
 * tokeniser so the neural systems' published scores can be checked; the bench's own measure keeps whole words.
 * Its "rougeLsum" equals "rougeL" on OrangeSum, whose abstracts and neural outputs are one line each.
 */

export interface PRF {
  p: number;
  r: number;
  f: number;
}

export function rougeTokens(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** rouge-score's default tokens: lowercased runs of ASCII letters and digits (every other character separates). */
export function referenceTokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function prf(overlap: number, cand: number, ref: number): PRF {
  const p = cand ? overlap / cand : 0;
  const r = ref ? overlap / ref : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(toks: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++) {
    const g = toks.slice(i, i + n).join('\u0001');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rougeN(cand: string[], ref: string[], n: number): PRF {
  const c = ngrams(cand, n);
  const r = ngrams(ref, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** LCS length with two rolling rows (O(|a|·|b|) time, O(|b|) memory). */
export function lcs(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

export function rougeL(cand: string[], ref: string[]): PRF {
  return prf(lcs(cand, ref), cand.length, ref.length);
}

export interface RougeScores {
  r1: PRF;
  r2: PRF;
  rl: PRF;
}

export function rouge(candidate: string, reference: string, tokens = rougeTokens): RougeScores {
  const c = tokens(candidate);
  const r = tokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) };
}

/** Macro average ×100. */
export function meanScores(all: RougeScores[]): RougeScores {
  const avg = (pick: (s: RougeScores) => PRF): PRF => {
    const n = all.length || 1;
    return {
      p: (100 * all.reduce((a, s) => a + pick(s).p, 0)) / n,
      r: (100 * all.reduce((a, s) => a + pick(s).r, 0)) / n,
      f: (100 * all.reduce((a, s) => a + pick(s).f, 0)) / n,
    };
  };
  return { r1: avg((s) => s.r1), r2: avg((s) => s.r2), rl: avg((s) => s.rl) };
}

/**
 * Greedy extractive oracle (Nallapati et al. 2017): adds the sentence that most raises ROUGE-1 + ROUGE-2 F1 of the
 * selection against the reference, until none does or `max` are chosen. Sentences are token lists (rougeTokens);
 * returns their indices in article order.
 */
export function greedyOracle(sents: string[][], ref: string[], max: number): number[] {
  const chosen: number[] = [];
  let best = 0;
  const joined = (extra: number): string[] => [...chosen, extra].sort((a, b) => a - b).flatMap((i) => sents[i] as string[]);
  while (chosen.length < max) {
    let pick = -1;
    for (let i = 0; i < sents.length; i++) {
      if (chosen.includes(i)) continue;
      const c = joined(i);
      const s = rougeN(c, ref, 1).f + rougeN(c, ref, 2).f;
      if (s > best) [best, pick] = [s, i];
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return chosen.sort((a, b) => a - b);
}
