// Quotations: which quoted spans are reported speech, and who said them (verbs, "according to", pronouns, roles).
import type { Lang } from './lang/index';
import type { Sentence, Token } from './segment';
import type { QuoteSpan } from './quotespans';
import type { Chunk } from './names';
import { type Entity, type Entities, resolveEntity, rolePhrase } from './entities';
import type { Quote } from './types';

export interface QuoteContext {
  paragraphs: string[];
  sentences: Sentence[];
  spans: QuoteSpan[][];
  chunksBySentence: Map<Sentence, Chunk[]>;
  entities: Entities;
  lang: Lang;
}

interface Speaker {
  entity: Entity | null;
  confidence: number;
  role?: string;
}

/** Speech verbs fused with a subject pronoun ("a-t-il", "dit-elle", "ajoute-t-il"). */
const INVERTED = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function isSpeech(t: Token, lang: Lang): boolean {
  if (lang.speech.has(t.lo)) return true;
  const m = INVERTED.exec(t.lo);
  return !!m && (lang.speech.has(m[1] as string) || m[1] === 'a' || m[1] === 'dit');
}

function isPronoun(t: Token, lang: Lang): boolean {
  return lang.pronouns.has(t.lo) || INVERTED.test(t.lo);
}

export function findQuotes(ctx: QuoteContext): Quote[] {
  const { paragraphs, sentences, spans, lang } = ctx;
  const out: Quote[] = [];
  const speakers = new Map<Quote, Entity>();
  let lastSpeaker: { entity: Entity; paragraph: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] as string;
    const sents = sentences.filter((s) => s.paragraph === p);
    const ps = spans[p] ?? [];
    const outside = (t: Token): boolean => !ps.some((q) => t.s >= q.outerStart && t.e <= q.outerEnd);
    for (let qi = 0; qi < ps.length; qi++) {
      const q = ps[qi] as QuoteSpan;
      const inner = text.slice(q.innerStart, q.innerEnd);
      const sent = sents.find((s) => s.start <= q.outerStart && q.outerStart < s.end) ?? sents[0];
      if (!sent) continue;
      const nextQ = ps[qi + 1];
      const endSent = sents.find((s) => s.start < q.outerEnd && q.outerEnd <= s.end + 1) ?? sent;
      const postTo = Math.min(endSent.end, nextQ && nextQ.outerStart < endSent.end ? nextQ.outerStart : endSent.end);
      const pre = sent.tokens.filter((t) => t.e <= q.outerStart && outside(t));
      const post = endSent.tokens.filter((t) => t.s >= q.outerEnd && t.e <= postTo && outside(t));
      const words = wordCount(inner);
      let sp: Speaker | null = lang.full ? attribute(ctx, text, sent, endSent, pre, post, q, lastSpeaker) : null;
      const standalone = pre.length === 0 && post.length <= 1;
      if (!sp && standalone && lastSpeaker && p - lastSpeaker.paragraph <= 2 && words >= 3) {
        sp = { entity: lastSpeaker.entity, confidence: 0.5 };
      }
      if (!isQuotation(inner, words, sp, pre, post, lang)) continue;
      const entity: Entity | null = sp?.entity ?? null;
      if (entity && entity.kind === 'person') lastSpeaker = { entity, paragraph: p };
      const quote: Quote = {
        text: inner,
        speaker: entity ? entity.name : null,
        paragraph: p,
        start: q.innerStart,
        end: q.innerEnd,
        outerStart: q.outerStart,
        outerEnd: q.outerEnd,
        confidence: entity ? (sp?.confidence ?? 0.5) : words >= 6 ? 0.4 : 0.3,
      };
      const role = sp?.role ?? entity?.role;
      if (role) quote.role = role;
      out.push(quote);
      if (entity) speakers.set(quote, entity);
    }
  }
  // Roles learnt later in the article ("le président français …") apply to every quote of that speaker.
  for (const [quote, e] of speakers) if (e.role && !quote.role) quote.role = e.role;
  return out;
}

/** Reported speech versus scare quotes, titles and terms. */
function isQuotation(inner: string, words: number, sp: Speaker | null, pre: Token[], post: Token[], lang: Lang): boolean {
  if (words === 0) return false;
  const capsWords = (inner.match(/(^|\s)\p{Lu}/gu) ?? []).length;
  const titleLike = words <= 8 && capsWords >= Math.max(2, words - 1) && !/[.!?,]$/.test(inner.trim());
  if (titleLike) return false;
  if (sp && sp.confidence >= 0.7) {
    if (words >= 2) return true;
    // One quoted word counts when it is reported ("said it was “distressing”"), not when it names something.
    return !/^\p{Lu}/u.test(inner) || adjacentVerb(pre, post, lang);
  }
  if (words >= 4) return true;
  return words >= 3 && (!!sp || /[.!?…]["”»]?$/.test(inner.trim()));
}

function adjacentVerb(pre: Token[], post: Token[], lang: Lang): boolean {
  const a = pre[pre.length - 1];
  const b = post[0];
  return (!!a && isSpeech(a, lang)) || (!!b && isSpeech(b, lang));
}

function chunkAt(ctx: QuoteContext, sent: Sentence, tokIndex: number): Chunk | undefined {
  return (ctx.chunksBySentence.get(sent) ?? []).find((c) => c.i0 <= tokIndex && tokIndex < c.i1);
}

function entityOf(ctx: QuoteContext, c: Chunk | undefined, people = false): Entity | null {
  if (!c) return null;
  const e = resolveEntity(ctx.entities.byChunk.get(c));
  return e && (e.kind === 'person' || (!people && e.kind === 'org')) ? e : null;
}

const isTitle = (t: Token, lang: Lang): boolean => lang.titles.has(t.lo.replace(/\.$/, ''));

/** Attribution from the quote's own sentence. */
function attribute(
  ctx: QuoteContext,
  text: string,
  sent: Sentence,
  endSent: Sentence,
  pre: Token[],
  post: Token[],
  q: QuoteSpan,
  last: { entity: Entity; paragraph: number } | null,
): Speaker | null {
  const { lang } = ctx;
  const idx = (s: Sentence, t: Token): number => s.tokens.indexOf(t);
  // 1. After the quote: '", said X' / '," X said' / '», a ajouté X' / ', a-t-il dit' / '" while …, X said'
  for (let k = 0; k < Math.min(post.length, 10); k++) {
    const t = post[k] as Token;
    if (!isSpeech(t, lang)) continue;
    if (k > 0 && isPronoun(post[k - 1] as Token, lang)) return pronounSpeaker(ctx, last, sent);
    if (k > 0 && ORG_PRONOUNS.has((post[k - 1] as Token).lo)) return orgSpeaker(ctx, sent);
    for (let b = k - 1; b >= 0; b--) {
      const e = entityOf(ctx, chunkAt(ctx, endSent, idx(endSent, post[b] as Token)));
      if (e) return { entity: e, confidence: 0.9 };
    }
    if (INVERTED.test(t.lo)) return pronounSpeaker(ctx, last, sent);
    const ti = idx(endSent, t);
    for (let a = ti + 1; a < Math.min(endSent.tokens.length, ti + 7); a++) {
      const tok = endSent.tokens[a] as Token;
      const e = entityOf(ctx, chunkAt(ctx, endSent, a));
      if (e) return { entity: e, confidence: 0.9 };
      if (isPronoun(tok, lang)) return pronounSpeaker(ctx, last, sent);
      if (lang.roles.has(tok.lo)) return roleSpeaker(ctx, endSent, a, text, last);
      if (tok.cap && !lang.stop.has(tok.lo) && !isTitle(tok, lang)) break;
    }
    break;
  }
  // 2. Source phrase before: "selon X", "according to X", "pour X, … :"
  const preText = pre.map((t) => t.lo).join(' ');
  for (const src of lang.source) {
    const at = preText.lastIndexOf(src);
    if (at < 0 || (at > 0 && preText[at - 1] !== ' ')) continue;
    const nWords = preText.slice(0, at).split(' ').filter(Boolean).length + src.split(' ').length;
    const after = pre[nWords];
    if (!after) continue;
    const e = entityOf(ctx, chunkAt(ctx, sent, idx(sent, after)));
    if (e) return { entity: e, confidence: 0.85 };
  }
  // 3. Speech verb before: "X a déclaré :", "X said that", "Le président a appelé à « … »", "…, ajoutant : « … »"
  for (let k = pre.length - 1; k >= 0; k--) {
    const t = pre[k] as Token;
    if (!isSpeech(t, lang)) continue;
    if (INVERTED.test(t.lo)) return pronounSpeaker(ctx, last, sent);
    // The subject: a pronoun just before the verb, else the nearest person before it; a role noun met first stands for it.
    let roleAt = -1;
    let org: Entity | null = null;
    for (let b = k - 1; b >= 0; b--) {
      const tok = pre[b] as Token;
      if (k - b <= 3 && isPronoun(tok, lang) && roleAt < 0) return pronounSpeaker(ctx, last, sent);
      const e = entityOf(ctx, chunkAt(ctx, sent, idx(sent, tok)));
      if (e && e.kind === 'person') {
        if (roleAt >= 0 && k - b > 12) break;
        return { entity: e, confidence: 0.9 };
      }
      if (e && !org && roleAt < 0) org = e;
      if (roleAt < 0 && lang.roles.has(tok.lo)) roleAt = b;
    }
    if (roleAt >= 0) return roleSpeaker(ctx, sent, idx(sent, pre[roleAt] as Token), text, last);
    if (org) return { entity: org, confidence: 0.8 };
    const ti = idx(sent, t);
    for (let a = ti + 1; a < Math.min(sent.tokens.length, ti + 5); a++) {
      const tok = sent.tokens[a] as Token;
      if (tok.e > q.outerStart) break;
      const e = entityOf(ctx, chunkAt(ctx, sent, a));
      if (e) return { entity: e, confidence: 0.8 };
    }
    return null;
  }
  // 4. "X : « … »" or a name right before a partial quote ("Abbas “has put aside …”")
  const lastPre = pre[pre.length - 1];
  if (lastPre) {
    const gap = text.slice(lastPre.e, q.outerStart);
    const e = entityOf(ctx, chunkAt(ctx, sent, idx(sent, lastPre)), !/:\s*$/.test(gap));
    if (e && /^\s*:?\s*$/.test(gap)) return { entity: e, confidence: 0.7 };
  }
  return null;
}

/** Pronouns that stand for an organisation right before a speech verb ("…," it said in a statement). */
const ORG_PRONOUNS = new Set(['it']);

/** The most recent organisation named (outside quotations) in this or the two previous paragraphs. */
function orgSpeaker(ctx: QuoteContext, sent: Sentence): Speaker | null {
  for (let i = sent.index; i >= 0; i--) {
    const s = ctx.sentences[i] as Sentence;
    if (sent.paragraph - s.paragraph > 2) break;
    const spans = ctx.spans[s.paragraph] ?? [];
    const chunks = ctx.chunksBySentence.get(s) ?? [];
    // Within a sentence the first organisation is the likely subject ("The agency warned … that contained DNP").
    for (const ch of chunks) {
      if (spans.some((q) => ch.s >= q.outerStart && ch.e <= q.outerEnd)) continue;
      const e = resolveEntity(ctx.entities.byChunk.get(ch));
      if (e && e.kind === 'org') return { entity: e, confidence: 0.6 };
    }
  }
  return null;
}

function pronounSpeaker(ctx: QuoteContext, last: { entity: Entity; paragraph: number } | null, sent: Sentence): Speaker | null {
  if (last && sent.paragraph - last.paragraph <= 3) return { entity: last.entity, confidence: 0.75 };
  const e = lastPerson(ctx, sent);
  return e ? { entity: e, confidence: 0.6 } : null;
}

/** The most recent person named (outside quotations) up to this sentence. */
function lastPerson(ctx: QuoteContext, sent: Sentence, accept?: (e: Entity) => boolean): Entity | null {
  for (let i = sent.index; i >= 0; i--) {
    const s = ctx.sentences[i] as Sentence;
    const spans = ctx.spans[s.paragraph] ?? [];
    const chunks = ctx.chunksBySentence.get(s) ?? [];
    for (let c = chunks.length - 1; c >= 0; c--) {
      const ch = chunks[c] as Chunk;
      if (spans.some((q) => ch.s >= q.outerStart && ch.e <= q.outerEnd)) continue;
      const e = resolveEntity(ctx.entities.byChunk.get(ch));
      if (e && e.kind === 'person' && (!accept || accept(e))) return e;
    }
  }
  return null;
}

/** "le président français …" → the person named with the role, the last one with that role, or the last speaker. */
function roleSpeaker(ctx: QuoteContext, sent: Sentence, k: number, text: string, last: { entity: Entity; paragraph: number } | null): Speaker | null {
  const tok = sent.tokens[k] as Token;
  // "chief inspector Jennifer Mattinson", "le ministre Fabius": a name after the role words.
  for (let a = k + 1; a < Math.min(sent.tokens.length, k + 4); a++) {
    const e = entityOf(ctx, chunkAt(ctx, sent, a), true);
    if (e) return { entity: e, confidence: 0.85 };
    const t = sent.tokens[a] as Token;
    if (t.cap && !isTitle(t, ctx.lang)) break;
  }
  const role = rolePhrase(text, sent, k, ctx.lang, sent.tokens.length);
  const head = tok.lo;
  const matching = lastPerson(ctx, sent, (e) => !!e.role && e.role.toLowerCase().split(/\s+/).includes(head));
  if (matching) return { entity: matching, confidence: 0.75 };
  const fallback = last && sent.paragraph - last.paragraph <= 5 ? last.entity : lastPerson(ctx, sent, (e) => !e.role);
  if (fallback) {
    if (role && !fallback.role) fallback.role = role;
    return { entity: fallback, confidence: 0.7, ...(role ? { role } : {}) };
  }
  return null;
}
