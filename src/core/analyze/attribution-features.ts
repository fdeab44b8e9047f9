// Candidate speakers of one quotation and the features the attribution model scores them by. Shared by the engine
// (quotes.ts) and the trainer (tests/bench/quotes-corpus/train.ts), so both see exactly the same numbers.
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import type { QuoteSpan } from './quotespans';
import type { Chunk } from './names';
import { type Entity, type Entities, resolveEntity } from './entities';
import { nameKey } from './names';
import { nameGender } from './lang/firstnames';

/** Feature names, in the order of a candidate's vector and of the shipped weights. */
export const FEATURES = [
  'bias', 'hand', 'handConf', 'last', 'person', 'org', 'sameSentence', 'sentenceDistance', 'tokenDistance', 'before',
  'after', 'speechNext', 'sourceBefore', 'colon', 'insideThis', 'onlyInside', 'addressee', 'subject', 'mentions',
  'earlierParagraph', 'hasRole', 'possessive', 'genderMatch', 'genderClash', 'nearest',
] as const;

export interface Candidate {
  entity: Entity;
  features: number[];
}

/** The analysed article as the quotation finder sees it. */
export interface ArticleView {
  paragraphs: string[];
  sentences: Sentence[];
  spans: QuoteSpan[][];
  chunksBySentence: Map<Sentence, Chunk[]>;
  entities: Entities;
  lang: Lang;
}

/** One quotation in its article, with what the hand rules and the previous quotations say about it. */
export interface QuoteSite extends ArticleView {
  paragraph: number;
  quote: QuoteSpan;
  sent: Sentence;
  endSent: Sentence;
  /** Tokens of the quote's sentences outside any quotation, before and after it. */
  pre: Token[];
  post: Token[];
  hand: { entity: Entity | null; confidence: number } | null;
  last: Entity | null;
}

/** Speech verbs fused with a subject pronoun ("a-t-il", "dit-elle", "ajoute-t-il"). */
export const INVERTED = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u;

export function isSpeech(t: Token, lang: Lang): boolean {
  if (lang.speech.has(t.lo)) return true;
  const m = INVERTED.exec(t.lo);
  return !!m && (lang.speech.has(m[1] as string) || m[1] === 'a' || m[1] === 'dit');
}

/** Gender of a subject pronoun (also fused: "a-t-elle", "dit-il"); undefined when it has none or is ambiguous ("sie", "they"). */
export function pronounGender(t: Token): 'm' | 'f' | undefined {
  const lo = INVERTED.exec(t.lo)?.[2] ?? t.lo;
  if (/^(he|il|er|él|ele|lui)$/.test(lo)) return 'm';
  if (/^(she|elle|ella|ela|lei)$/.test(lo)) return 'f';
  return undefined;
}

/** A person's gender from a gendered title before a mention or from the first name. */
export function personGender(e: Entity): 'm' | 'f' | undefined {
  for (const c of e.mentions) {
    const prev = c.sent.tokens[c.i0 - 1];
    if (prev && /^(mr|m|herr|sr|signor|sig|monsieur|señor|senhor)\.?$/.test(prev.lo)) return 'm';
    if (prev && /^(mrs|ms|miss|mme|mlle|madame|frau|sra|srta|signora|señora|senhora|dona|doña)\.?$/.test(prev.lo)) return 'f';
  }
  return nameGender(nameKey(e.name.split(' ')[0] ?? ''));
}

/** Words that make the following name the one spoken to, or the outlet, rather than the speaker ("told Reuters", "a déclaré à l’AFP"). */
const ADDRESSEE = new Set(['told', 'tells', 'telling', 'to', 'à', 'au', 'aux', 'gegenüber', 'interviewed', 'asked', 'by']);

/** How many sentences before the quotation are searched for candidates. */
const BACK = 3;

interface Mention { chunk: Chunk; inside: boolean; insideThis: boolean }

/** The gender of a subject pronoun next to the quotation ("he said", "a-t-elle ajouté"), if one is there. */
function nearPronounGender(site: QuoteSite): 'm' | 'f' | undefined {
  for (const t of [...site.post.slice(0, 4), ...site.pre.slice(-4)]) {
    if (site.lang.pronouns.has(t.lo) || INVERTED.test(t.lo)) return pronounGender(t);
  }
  return undefined;
}

/** Person and organisation mentions in the window around the quotation, grouped by entity. */
function mentionsNear(site: QuoteSite): Map<Entity, Mention[]> {
  const { sentences, spans, chunksBySentence, entities, quote, paragraph, sent, endSent } = site;
  const out = new Map<Entity, Mention[]>();
  for (let i = Math.max(0, sent.index - BACK); i <= Math.min(sentences.length - 1, endSent.index + 1); i++) {
    const s = sentences[i] as Sentence;
    if (s.paragraph < paragraph - 2 || (s.paragraph > paragraph)) continue;
    const qs = spans[s.paragraph] ?? [];
    for (const chunk of chunksBySentence.get(s) ?? []) {
      const e = resolveEntity(entities.byChunk.get(chunk));
      if (!e || (e.kind !== 'person' && e.kind !== 'org')) continue;
      const insideThis = s.paragraph === paragraph && chunk.s >= quote.innerStart && chunk.e <= quote.innerEnd;
      const inside = qs.some((o) => chunk.s >= o.outerStart && chunk.e <= o.outerEnd);
      const list = out.get(e) ?? (out.set(e, []), out.get(e) as Mention[]);
      list.push({ chunk, inside, insideThis });
    }
  }
  return out;
}

/** The name opens its sentence, after at most a title, role words or an article ("Prime Minister David Hale …"). */
function opensSentence(c: Chunk, text: string, lang: Lang): boolean {
  if (/[,:;—–(]/.test(text.slice(c.sent.start, c.s))) return false;
  return c.sent.tokens.slice(0, c.i0).every((t) => t.cap || lang.roles.has(t.lo) || lang.titles.has(t.lo.replace(/\.$/, '')) || ARTICLE.test(t.lo));
}

const ARTICLE = /^(the|a|an|le|la|les|l|un|une|der|die|das|den|dem|des|ein|eine|el|los|las|il|lo|o|a|os|as)$/;

function speechNextTo(c: Chunk, lang: Lang): boolean {
  const toks = c.sent.tokens;
  return [...toks.slice(c.i1, c.i1 + 3), ...toks.slice(Math.max(0, c.i0 - 2), c.i0)].some((t) => isSpeech(t, lang));
}

/** Candidates with features: everyone named near the quotation, the hand rules' choice and the previous speaker. */
export function speakerCandidates(site: QuoteSite): Candidate[] {
  const { lang, paragraphs, quote, paragraph, sent, endSent, hand, last } = site;
  const near = mentionsNear(site);
  const pool = new Set<Entity>(near.keys());
  if (hand?.entity) pool.add(hand.entity);
  if (last) pool.add(last);
  const wantGender = nearPronounGender(site);
  const text = paragraphs[paragraph] as string;
  const out: Candidate[] = [];
  let nearestDist = Infinity;
  const dists: number[] = [];
  for (const e of pool) {
    const ms = near.get(e) ?? [];
    const outside = ms.filter((m) => !m.inside);
    let best: { dist: number; sentDist: number; side: number; m: Mention } | null = null;
    for (const m of outside) {
      const c = m.chunk;
      const s = c.sent;
      const sentDist = s.index < sent.index ? sent.index - s.index : s.index > endSent.index ? s.index - endSent.index : 0;
      const side = s.paragraph < paragraph || c.e <= quote.outerStart ? -1 : 1;
      // Distance in tokens to the quotation marks when in the same sentence; otherwise a sentence counts as 30.
      let dist = sentDist * 30;
      if (sentDist === 0 && s.paragraph === paragraph) {
        const toks = s.tokens;
        const between = side < 0 ? toks.filter((t) => t.s >= c.e && t.e <= quote.outerStart) : toks.filter((t) => t.s >= quote.outerEnd && t.e <= c.s);
        dist = between.length;
      }
      if (!best || dist < best.dist) best = { dist, sentDist, side, m };
    }
    const f = new Array<number>(FEATURES.length).fill(0);
    f[0] = 1;
    if (hand?.entity === e) {
      f[1] = 1;
      f[2] = hand.confidence;
    }
    if (last === e) f[3] = 1;
    if (e.kind === 'person') f[4] = 1;
    if (e.kind === 'org') f[5] = 1;
    if (best) {
      const c = best.m.chunk;
      const toks = c.sent.tokens;
      const ptext = paragraphs[c.sent.paragraph] as string;
      f[6] = best.sentDist === 0 && c.sent.paragraph === paragraph ? 1 : 0;
      f[7] = Math.min(best.sentDist, 4) / 4;
      f[8] = Math.log1p(Math.min(best.dist, 120)) / 5;
      f[9] = best.side < 0 ? 1 : 0;
      f[10] = best.side > 0 ? 1 : 0;
      // A speech verb within three tokens after a mention, or just before it ("said Smith").
      f[11] = outside.some((m) => m.chunk.sent.index >= sent.index - 1 && speechNextTo(m.chunk, lang)) ? 1 : 0;
      const before = toks.slice(Math.max(0, c.i0 - 4), c.i0).map((t) => t.lo).join(' ');
      f[12] = lang.source.some((src) => (' ' + before).includes(' ' + src + ' ') || before.endsWith(' ' + src) || before === src) ? 1 : 0;
      f[13] = c.sent.paragraph === paragraph && /^[\s,]*(?:\([^)]*\))?\s*:\s*$/.test(text.slice(c.e, quote.outerStart)) ? 1 : 0;
      const prev = toks[c.i0 - 1];
      const prev2 = toks[c.i0 - 2];
      f[16] = !f[12] && ((prev && ADDRESSEE.has(prev.lo)) || (prev2 && ADDRESSEE.has(prev2.lo) && prev && lang.stop.has(prev.lo))) ? 1 : 0;
      f[17] = opensSentence(c, ptext, lang) ? 1 : 0;
      f[19] = c.sent.paragraph < paragraph ? 1 : 0;
      f[21] = toks[c.i1 - 1]?.poss ? 1 : 0;
      dists.push(best.dist);
      nearestDist = Math.min(nearestDist, best.dist);
    } else {
      f[7] = 1;
      f[8] = 1;
      dists.push(Infinity);
    }
    f[14] = ms.some((m) => m.insideThis) ? 1 : 0;
    f[15] = ms.length > 0 && outside.length === 0 ? 1 : 0;
    f[18] = Math.log1p(e.mentions.length) / 3;
    f[20] = e.role ? 1 : 0;
    if (wantGender && e.kind === 'person') {
      const g = personGender(e);
      if (g === wantGender) f[22] = 1;
      else if (g) f[23] = 1;
    }
    out.push({ entity: e, features: f });
  }
  out.forEach((c, i) => (c.features[24] = dists[i] === nearestDist && Number.isFinite(nearestDist) ? 1 : 0));
  return out;
}
