// Language engine entry point: one deterministic digest (language, summary, key facts, quotations) per article.
// It holds no word lists: register them first (./index does it for all; the extension per language, with the shared ones).
import type { AnalyzeInput, AnalyzeOptions, Digest } from './types';
import { chooseLang } from './lang/detect';
import { getLang } from './lang/registry';
import { isTitleLike, type QuoteSpan } from './quotespans';
import { segmentArticle, type Sentence } from './segment';
import { nameChunks, buildVocab, nameKey, type Chunk } from './names';
import { buildEntities, employerBefore } from './entities';
import { caselessPeople } from './caseless';
import { findQuotes } from './quotes';
import { findDates, anchorDay, type DateHit } from './dates';
import { findFigures, type FigureHit } from './figures';
import { acronymPairs, assembleFacts } from './facts';
import { summarise } from './summary';
import { ARTICLES, NAME_PARTICLES, PLACE_WORDS, ROLE_LINK, ORG_WORDS } from './lang/common';
import { isFirstName } from './lang/firstnames';
import { isKnownOrg } from './lang/orgs';
import type { Lang } from './lang/registry';

export type * from './types';
export type { CommonData, LangData } from './lang/types';
export { registerLang, hasLang, registerCommon, hasCommon } from './lang/registry';
export { DATA_LANGS } from './lang/profiles';
export { langLoader, isLangData, isCommonData, COMMON_DATA } from './lang/loader';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The language an article will be analysed in, and where that came from (the page, its text or both). */
export function articleLang(input: AnalyzeInput): ReturnType<typeof chooseLang> {
  return chooseLang(input.lang, [input.title ?? '', input.excerpt ?? '', ...input.paragraphs.map((p) => p ?? '')].join('\n'));
}

export function analyzeArticle(input: AnalyzeInput, options: AnalyzeOptions = {}): Digest {
  const t0 = now();
  const paragraphs = input.paragraphs.map((p) => p ?? '');
  const allText = paragraphs.join('\n');
  const { lang: code, langSource } = options.lang ?? articleLang(input);
  const lang = getLang(code);

  const { spans, sentences } = segmentArticle(paragraphs, lang);
  let words = 0;
  for (const s of sentences) words += s.tokens.length;

  // Names → entities (full languages only: the cues need that language's lists).
  const chunksBySentence = new Map<Sentence, Chunk[]>();
  const allChunks: Chunk[] = [];
  const vocab = lang.full ? buildVocab(sentences, paragraphs, lang) : { lower: new Set<string>(), adjective: new Set<string>() };
  // Scripts without capitals: people from the words around their names instead (caseless.ts).
  const caseless = lang.full && lang.caseless ? caselessPeople(paragraphs, sentences, lang, chunksBySentence) : null;
  if (lang.full && !caseless) {
    for (const s of sentences) {
      const text = paragraphs[s.paragraph] as string;
      const cs = nameChunks(text, s, lang, vocab).map((c) => afterRoleHead(c, lang, text)).filter((c) => !insideRole(c, lang));
      chunksBySentence.set(s, cs);
      allChunks.push(...cs);
    }
  }
  // Capitalised words inside a quoted title ("“Rez Infinite”") name a work, not a person. Each quotation is judged
  // once: the entity steps ask again for every name inside it.
  const titles = new Map<QuoteSpan, boolean>();
  const isTitle = (q: QuoteSpan, p: number): boolean => {
    let title = titles.get(q);
    if (title === undefined) titles.set(q, (title = isTitleLike((paragraphs[p] as string).slice(q.innerStart, q.innerEnd), 1)));
    return title;
  };
  const inTitle = (c: Chunk): boolean =>
    (spans[c.sent.paragraph] ?? []).some((q) => c.s >= q.innerStart && c.e <= q.innerEnd && isTitle(q, c.sent.paragraph));
  const acronyms = lang.full ? acronymPairs(paragraphs, sentences, lang) : new Map<string, string>();
  const entities = caseless ?? buildEntities((p) => paragraphs[p] as string, allChunks, lang, vocab, inTitle, acronyms, options.entities);
  const quotes = findQuotes({ paragraphs, sentences, spans, chunksBySentence, entities, lang, ...(input.title ? { title: input.title } : {}), ...(options.speakerTrace ? { trace: options.speakerTrace } : {}), ...(options.attribution ? { attribution: options.attribution } : {}), ...(options.quoteKind ? { quoteKind: options.quoteKind } : {}) });

  const anchor = anchorDay(input.published) ?? (options.now ? anchorDay(options.now.toISOString()) : null);
  const dates: DateHit[] = [];
  const figures: FigureHit[] = [];
  for (const s of sentences) {
    const text = paragraphs[s.paragraph] as string;
    const ds = findDates(text, s, lang, anchor);
    dates.push(...ds);
    figures.push(...findFigures(text, s, lang, (a, b) => ds.some((d) => a < d.e && d.s < b)));
  }
  const facts = assembleFacts(entities.list, sentences, dates, figures, acronyms, allText);

  const chosen = summarise({ paragraphs, sentences, spans, lang, captions: input.captions ?? [], title: input.title ?? '', excerpt: input.excerpt ?? '' }, words);
  const summary = chosen.map((s) => {
    // "CAIRO — …", "PARIS (AFP) - …": the dateline stays in the article, the summary starts after it.
    const cut = s.start === 0 ? datelineLength(s.text, lang.caseless) : 0;
    return { text: s.text.slice(cut), paragraph: s.paragraph, start: s.start + cut, end: s.end };
  });

  return {
    lang: code,
    langSource,
    summary,
    facts,
    quotes,
    stats: { sentences: sentences.length, words, ms: Math.round((now() - t0) * 100) / 100 },
  };
}

/** "CAIRO — ", "NEW YORK (AP) — ", "PARIS (AFP) - ", "Berlin (dpa) – ": a dateline opening a paragraph. */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,30}(?:,\s*\p{Lu}[\p{L} .]{1,20})?\s*(?:\([\p{L} .]{1,20}\))?|\p{Lu}[\p{L}\p{M} .'’-]{1,30}\s*\([\p{L} .]{1,20}\))\s*[—–-]{1,2}\s+(?=\p{Lu}|\p{N}|["“«])/u;

/** Without capitals: one to three words and a dash ("القاهرة - ", "بيروت (رويترز) - "). */
const CASELESS_DATELINE = /^(?:\p{L}+ ){0,2}\p{L}+\s*(?:\([\p{L} ]{1,20}\)\s*)?[—–-]{1,2}\s+/u;

function datelineLength(text: string, caseless: boolean): number {
  const m = (caseless ? CASELESS_DATELINE : DATELINE).exec(text);
  // Leave at least a real sentence behind.
  return m && text.length - m[0].length > 20 ? m[0].length : 0;
}

/**
 * "Secretary of State John Kerry", "ministre de l'Intérieur Bernard Cazeneuve": after "<role> <link>", capitalised
 * words up to a given name complete the role; the person's name starts at that given name.
 */
function afterRoleHead(c: Chunk, lang: Lang, text: string): Chunk {
  const toks = c.sent.tokens;
  let k = c.i0 - 1;
  if (toks[k] && ARTICLES.has((toks[k] as { lo: string }).lo)) k--;
  if (!toks[k] || !ROLE_LINK.has((toks[k] as { lo: string }).lo) || !toks[k - 1] || !lang.roles.has((toks[k - 1] as { lo: string }).lo)) return c;
  const from = (i: number): Chunk => {
    const tok = toks[i] as { s: number };
    return { ...c, i0: i, s: tok.s, text: text.slice(tok.s, c.e), initial: false };
  };
  for (let i = c.i0 + 1; i < c.i1 - 1; i++) if (isFirstName(nameKey((toks[i] as { t: string }).t)) || lang.given.has(nameKey((toks[i] as { t: string }).t))) return from(i);
  // No given name we know: "Secretary of Homeland Security Jeh Johnson" still ends in a two-word personal name,
  // unless the words name an institution ("Council of Economic Advisers" has a link inside; "… Children's Fund").
  const personal = toks.slice(c.i0, c.i1).every((t) => /^\p{Lu}/u.test(t.t)) && toks.slice(c.i1 - 2, c.i1).every((t) => {
    const w = nameKey(t.t);
    return /^\p{Lu}/u.test(t.t) && !ORG_WORDS.has(w) && !PLACE_WORDS.has(w) && !NAME_PARTICLES.has(w);
  });
  return c.i1 - c.i0 >= 3 && personal ? from(c.i1 - 2) : c;
}

/**
 * "secrétaire d'État", "ministre des Affaires étrangères": capitalised words inside a role are not names; an employer
 * ("reporter for Breitbart Tech") or an organisation's name ("vice president of the Brookings Institution") is one.
 */
export function insideRole(c: Chunk, lang: Lang): boolean {
  const roles = lang.roles;
  const toks = c.sent.tokens;
  const key = nameKey(c.text);
  if (employerBefore(c, lang) || isKnownOrg(key) || key.split(' ').some((w) => ORG_WORDS.has(w))) return false;
  for (let k = c.i0 - 1; k >= Math.max(0, c.i0 - 3); k--) {
    const t = toks[k];
    if (!t) break;
    // "correspondent in Nairobi": a place preposition (the language's) names where the role is held, outside the role.
    // A plural role with an article before the name too: "les ministres de la Défense" (not "les dirigeants de Norvane").
    if (roles.has(t.lo) || (roles.has(t.lo.replace(/s$/, '')) && ARTICLES.has((toks[c.i0 - 1] as { lo: string }).lo))) return k < c.i0 - 1 && c.i1 - c.i0 <= 2 && !!toks[c.i0 - 1] && ROLE_LINK.has((toks[c.i0 - 1] as { lo: string }).lo) && !lang.placePreps.has((toks[c.i0 - 1] as { lo: string }).lo);
    if (!ROLE_LINK.has(t.lo)) return false;
  }
  return false;
}
