// Reported speech versus terms, titles and scare quotes: the features of one quoted span and the fitted model that
// weighs them (weights in quote-kind-model.ts, written by `npm run train:spans`).
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { type QuoteSpan, quoted } from './quotespans';
import type { Chunk } from './names';
import { type Entities, resolveEntity } from './entities';
import { isSpeech } from './attribution-features';
import { CODE, DETERMINERS, NAMING, PATTERNS } from './lang/common';

/** The features of one span, each language alike. */
const BASE = [
  'bias', 'threeWords', 'logWords', 'endStop', 'endComma', 'capStart', 'titleCase', 'speaker', 'speakerConf',
  'speechAdjacent', 'speechNear', 'speechInSentence', 'colon', 'determiner', 'functionWord', 'naming', 'standalone',
  'wholeParagraph', 'parenthesis', 'personInSentence', 'otherQuotesInSentence', 'heading',
  'shortSpeech', 'shortSpeaker', 'shortCap', 'fr', 'de', 'repeated', 'share', 'glued', 'listedCap', 'nounPhrase', 'characterise',
];

/**
 * Feature names, in the order of a span's vector and of the shipped weights: French text weighs each one again (its
 * wire copy quotes a speaker's one or two words far more often than English copy does).
 */
// Marked pure: only the trainer reads the names, so the engine bundle leaves them out.
export const KIND_FEATURES: readonly string[] = /* @__PURE__ */ BASE.concat(/* @__PURE__ */ BASE.map((n) => `fr ${n}`));

/** What the span finder knows about one quoted span. */
export interface KindSite {
  text: string;
  quote: QuoteSpan;
  /** Quoted spans of the same paragraph. */
  spans: QuoteSpan[];
  sent: Sentence;
  /** The sentence the span ends in. */
  endSent: Sentence;
  pre: Token[];
  post: Token[];
  /** The hand rules' speaker and its confidence (null: none). */
  speaker: number | null;
  lang: Lang;
  chunks: Chunk[];
  entities: Entities;
  /** The article's paragraphs joined and lowercased, once per article. */
  lower: string;
  /** The share of the article's earlier quoted spans that have a speaker. */
  share: number;
}

/** The fitted weights (bias first, in KIND_FEATURES order) and the score above which a span is a quotation. */
export interface KindModel {
  weights: readonly number[];
  threshold: number;
}

const near = (tokens: Token[], lang: Lang): boolean => tokens.some((t) => isSpeech(t, lang));

/**
 * Words of a span; in scripts written without spaces, one per two characters (a katakana run, mostly a name or a
 * loanword, stays one word).
 */
export function spanWords(inner: string): number {
  const dense = (inner.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Hangul}\p{sc=Thai}]/gu) ?? []).length;
  return (inner.replace(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Hangul}\p{sc=Thai}]+/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length + Math.ceil(dense / 2);
}

/**
 * Never speech: code and data (a JSON key or value, common.json's "code" pattern), a subheading, and a reference
 * list's cited title ('^ Festa, Paul (February 9, 2004). "Mozilla holds …". CNET News. Retrieved …').
 */
export function notProse(text: string, inner: string, before: string, after: string): boolean {
  // A key is one word before a colon ('"rel": …'); a value follows such a key ('{ "href": "…"').
  if (/^\S+$/.test(inner) && /^\s*:/.test(after)) return true;
  if (/[{,[]\s*"[^"\s]+"\s*:\s*$/.test(before) || CODE.re.test(inner)) return true;
  // A wire subheading between dashes ('… religieuses.- "On n'en peut plus" -Sur les réseaux …', '.- Zones « vierges » -'):
  // no annotated corpus quotation has that frame.
  if (/(?:^|[.!?…"»”]\s*)[-–—]\s*[^-–—.!?:"«»“”]{0,30}$/.test(before) && /^\s*(?:[^.!?"«»“”]{0,30}\s)?[-–—]/.test(after)) return true;
  return /^\s*[\^↑]/.test(text) || /\([^()]{0,30}\d{4}\)\.?\s*$/.test(before) || /^[.,]?\s*(?:[^.]{1,40}\.\s*)?(?:Retrieved|Archived|Accessed|Abgerufen|Consulté|Recuperado)\b/.test(after);
}

/** A span's features, French ones twice; null for a span that is never speech (not prose, a bare term). */
export function kindFeatures(site: KindSite): number[] | null {
  const f = baseFeatures(site);
  return f && [...f, ...f.map((v) => (site.lang.code === 'fr' ? v : 0))];
}

function baseFeatures(site: KindSite): number[] | null {
  const { text, quote: q, pre, post, lang, sent } = site;
  const inner = text.slice(q.innerStart, q.innerEnd);
  const before = text.slice(Math.max(0, q.outerStart - 40), q.outerStart);
  const after = text.slice(q.outerEnd, q.outerEnd + 40);
  if (notProse(text, inner, before, after)) return null;
  const words = spanWords(inner);
  const short = words <= 3;
  const cap = /^\p{Lu}/u.test(inner);
  // "is called", « appelé »: the verb names a term, it reports no speech; "the film", « le roman de X, » a capitalised title.
  const m = NAMING.re.exec(before);
  const naming = !!m && (!m.groups?.w || cap);
  const speechNear = !naming && (near(pre.slice(-8), lang) || near(post.slice(0, 6), lang));
  const end = inner.trimEnd();
  const last = pre[pre.length - 1];
  const long = (end.match(/[\p{L}\p{N}]{4,}/gu) ?? []);
  const inSentence = (s: number, e: number): boolean => s >= sent.start && e <= sent.end + 1;
  // One of a list of quoted items ('"César et Rosalie", "Les choses de la vie"'): titles and terms, rarely speech.
  const listed = site.spans.some((x) => x !== q && /^\s*(?:,|\p{Ll}{1,3})?\s*$/u.test(text.slice(Math.min(x.outerEnd, q.outerEnd), Math.max(x.outerStart, q.outerStart))));
  // A closing mark with a capital or another opening mark right after it: a heading whose line break is gone.
  const glued = /^(?:\p{Lu}|["“«„])/u.test(after);
  const person = site.chunks.some((c) => !quoted(site.spans, c) && resolveEntity(site.entities.byChunk.get(c))?.kind === 'person');
  // A short term inside a noun phrase ("a “post-truth” society"): a determiner before, a lowercase content word (not a
  // speech verb) right after the closing mark, no punctuation inside the marks.
  const det = pre.slice(-2).some((t) => DETERMINERS.has(t.lo));
  const next = site.endSent.tokens.find((t) => t.s >= q.outerEnd);
  const np = det && words <= 6 && !!next && !next.cap && /^\s$/.test(text.slice(q.outerEnd, next.s)) && /^\p{L}{3,}$/u.test(next.t) &&
    !isSpeech(next, lang) && !lang.stop.has(next.lo) && !/[.!?,;:…]$/.test(inner);
  const heard = near(pre, lang) || near(post, lang);
  // A term inside a noun phrase in a sentence with no source and no speech verb is the writer's ("a “post-truth” society").
  if (np && !person && !heard && site.speaker === null) return null;
  return [
    1,
    words === 3 ? 1 : 0,
    Math.log(1 + words),
    /[.!?…]["”»’']?$/.test(end) ? 1 : 0,
    /,$/.test(end) ? 1 : 0,
    cap ? 1 : 0,
    // "The Dark Knight Rises," "Harry Potter and the Deathly Hallows — Part 2.": every long word capitalised.
    words >= 2 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) ? 1 : 0,
    site.speaker !== null ? 1 : 0,
    site.speaker ?? 0,
    !naming && ((last && isSpeech(last, lang)) || (post[0] && isSpeech(post[0], lang))) ? 1 : 0,
    speechNear ? 1 : 0,
    heard ? 1 : 0,
    /:\s*$/.test(before) ? 1 : 0,
    det ? 1 : 0,
    last && lang.stop.has(last.lo) ? 1 : 0,
    naming ? 1 : 0,
    pre.length === 0 && post.length <= 1 ? 1 : 0,
    q.outerStart <= 1 && q.outerEnd >= text.trimEnd().length - 1 ? 1 : 0,
    /\(\s*$/.test(before) || /^\s*\)/.test(text.slice(q.outerEnd, q.outerEnd + 2)) ? 1 : 0,
    person ? 1 : 0,
    site.spans.some((x) => x !== q && inSentence(x.outerStart, x.outerEnd)) ? 1 : 0,
    // A subheading in wire copy whose breaks are gone: '- "Tourner la page" -', '… économique."Les mêmes fondements"Les …'.
    /(?:^|[-–—]\s*|[.!?…]["”»]?)$/u.test(before) && (glued || /^\s*[-–—]|^$/.test(after)) && !/,$/.test(end) ? 1 : 0,
    // One to three words are a quotation only when reported as someone's ("called it “reckless”").
    short && speechNear ? 1 : 0,
    short && site.speaker !== null ? 1 : 0,
    short && cap ? 1 : 0,
    // The language's own prior: wire copy in French and German quotes one or two of a speaker's words far more often.
    lang.code === 'fr' ? 1 : 0,
    lang.code === 'de' ? 1 : 0,
    // A term the writer uses again; a source's words are rarely quoted twice.
    site.lower.split(end.replace(/[.,!?;:…]+$/, '').toLowerCase()).length > 2 ? 1 : 0,
    site.share,
    glued ? 1 : 0,
    listed && cap ? 1 : 0,
    np ? 1 : 0,
    // "called it “reckless”", "described the plan as “a disaster”": someone's own words for a thing.
    PATTERNS.characterise.test(text.slice(sent.start, q.outerStart)) ? 1 : 0,
  ];
}

/** The model's score of a span (above the threshold: a quotation). */
export function kindScore(features: number[], model: KindModel): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += (features[i] as number) * (model.weights[i] ?? 0);
  return z;
}

/** The model to use instead of the shipped one, and a trace of every span's features (the trainer's hooks). */
export interface KindOptions {
  model?: KindModel;
  trace?: (features: number[], paragraph: number, quote: QuoteSpan) => void;
}

/** Whether the span is reported speech, by `model` (the trace sees every span scored). */
export function isReported(site: KindSite, paragraph: number, model: KindModel, options?: KindOptions): boolean {
  const f = kindFeatures(site);
  if (!f) return false;
  const m = options?.model ?? model;
  options?.trace?.(f, paragraph, site.quote);
  return kindScore(f, m) > m.threshold;
}
