// Language identification: the page's hint confirmed or overruled by script and function-word counts.
import { PROFILES } from './profiles';

/** Scripts that identify a language on their own (checked before Latin function words). */
const SCRIPTS: readonly [string, RegExp][] = [
  ['ja', /[\u3040-\u30ff]/g], // kana only occurs in Japanese
  ['ko', /[\uac00-\ud7af]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ru', /[\u0400-\u04ff]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['hi', /[\u0900-\u097f]/g],
  ['th', /[\u0e00-\u0e7f]/g],
];

let stopIndex: { codes: string[]; langsOf: Map<string, number[]> } | null = null;

/**
 * The 30–40 most frequent function words of each language are enough to tell them apart: each word → the languages
 * (indices into `codes`) whose first 40 it is among, so a text is scored in one pass over its words.
 */
function detectionIndex(): { codes: string[]; langsOf: Map<string, number[]> } {
  if (!stopIndex) {
    const codes = Object.keys(PROFILES);
    const langsOf = new Map<string, number[]>();
    codes.forEach((code, k) => {
      for (const w of new Set((PROFILES[code] as string).split(' ').slice(0, 40))) {
        const ks = langsOf.get(w);
        if (ks) ks.push(k);
        else langsOf.set(w, [k]);
      }
    });
    stopIndex = { codes, langsOf };
  }
  return stopIndex;
}

/** Persian and Urdu write the Arabic script with letters of their own (گ پ چ ی ک; ے ں ٹ), Arabic with ي ك ة. */
function arabicScript(sample: string, letters: number): string {
  const count = (re: RegExp): number => (sample.match(re) ?? []).length;
  if (count(/[\u0679\u0688\u0691\u06ba\u06d2]/g) > letters * 0.01) return 'ur';
  return count(/[\u067e\u0686\u0698\u06a9\u06af\u06cc]/g) > count(/[\u064a\u0643\u0629]/g) ? 'fa' : 'ar';
}

export interface Detection {
  code: string;
  confident: boolean;
}

/** Best-guess language of a text ('und' when it cannot tell). */
export function detectText(text: string): Detection {
  const sample = text.slice(0, 4000);
  // Scripts other than Latin are rare: look for them only when the sample has such characters.
  if (/[^\t\n\r -\u024f\u1e00-\u1eff\u2000-\u206f]/.test(sample)) {
    const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
    for (const [code, re] of SCRIPTS) {
      const n = (sample.match(re) ?? []).length;
      if (n / letters > 0.3 || (code === 'ja' && n / letters > 0.05)) return { code: code === 'ar' ? arabicScript(sample, letters) : code, confident: true };
    }
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 3) return { code: 'und', confident: false };
  const { codes, langsOf } = detectionIndex();
  const hits = new Array<number>(codes.length).fill(0);
  for (const t of tokens) for (const k of langsOf.get(t) ?? []) hits[k] = (hits[k] as number) + 1;
  const scores = codes.map((code, k): [string, number] => [code, (hits[k] as number) / tokens.length]);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = [scores[0], scores[1]];
  if (!best || best[1] < 0.05) return { code: 'und', confident: false };
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  return { code: best[0], confident: tokens.length >= 20 && margin > 0.2 };
}

/** Primary subtag of a BCP 47 hint, lowercased ('' when absent). */
export function baseLang(hint: string | undefined): string {
  return (hint ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Combines the page hint and the text evidence into the analysed language and where it came from. */
export function chooseLang(
  hint: string | undefined,
  text: string,
): { lang: string; langSource: 'page' | 'text' | 'page+text' | 'unknown' } {
  const page = baseLang(hint);
  const det = detectText(text);
  if (page && page === det.code) return { lang: page, langSource: 'page+text' };
  if (det.confident) return { lang: det.code, langSource: 'text' };
  if (page && /^[a-z]{2,3}$/.test(page)) return { lang: page, langSource: 'page' };
  if (det.code !== 'und') return { lang: det.code, langSource: 'text' };
  return { lang: 'und', langSource: 'unknown' };
}
