// Who said a quotation, in scripts without capitals: the subject after the nearest speech verb or source phrase
// ("وقال وزير الزراعة أحمد حسن: «…»", "«…»، وأضاف حسن", "بحسب …"), a role standing for a person named earlier
// ("وأضاف الوزير أن …"), or, when the verb names no one ("وتابع: «…»"), the person quoted or named last.
import type { Sentence, Token } from './segment';
import { type QuoteSpan, quoted } from './quotespans';
import type { Chunk } from './names';
import type { Entity } from './entities';
import type { QuoteContext, Speaker } from './quote-context';
import { resolveEntity } from './entities';
import { afterSource, forms, isSpeechWord, subjectAt, type KnownAt, type Subject } from './caseless';

type Last = { entity: Entity; paragraph: number } | null;
type Gender = 'm' | 'f';

/** Genders learnt from the verbs people were quoted with ("وقالت سارة"). */
const genders = new WeakMap<Entity, Gender>();

/**
 * The gender an Arabic speech verb gives its subject, read from the verb list's own pairs: "قال"/"قالت" (past,
 * feminine ت at the end), "يقول"/"تقول" (present, ي or ت in front). Lists without such pairs give none.
 */
function verbGender(t: Token, ctx: QuoteContext): Gender | undefined {
  const speech = ctx.lang.speech;
  const f = forms(t.lo, ctx.lang).find((x) => speech.has(x));
  if (!f) return undefined;
  if (speech.has(f + 'ت')) return 'm';
  if (f.endsWith('ت') && speech.has(f.slice(0, -1))) return 'f';
  if (f.startsWith('ت') && speech.has('ي' + f.slice(1))) return 'f';
  if (f.startsWith('ي') && speech.has('ت' + f.slice(1))) return 'm';
  return undefined;
}

function chunkFrom(ctx: QuoteContext, sent: Sentence, i: number): Chunk | undefined {
  return (ctx.chunksBySentence.get(sent) ?? []).find((c) => c.i0 === i);
}

function personOf(ctx: QuoteContext, c: Chunk | undefined): Entity | null {
  const e = c ? resolveEntity(ctx.entities.byChunk.get(c)) : undefined;
  return e && e.kind === 'person' ? e : null;
}

/** The first person named before token `upto` of sentence `sent` (nearest first, outside quotations) that passes `accept`. */
function personBefore(ctx: QuoteContext, sent: Sentence, upto: number, accept: (e: Entity) => boolean): Entity | null {
  for (let i = sent.index; i >= 0; i--) {
    const s = ctx.sentences[i] as Sentence;
    const chunks = ctx.chunksBySentence.get(s);
    if (!chunks) continue;
    const spans = ctx.spans[s.paragraph] ?? [];
    for (let c = chunks.length - 1; c >= 0; c--) {
      const ch = chunks[c] as Chunk;
      if ((s === sent && ch.i1 > upto) || quoted(spans, ch)) continue;
      const e = personOf(ctx, ch);
      if (e && accept(e)) return e;
    }
  }
  return null;
}

/** A role's head without prefix and article ("الوزير" → "وزير"), to match the role a person was introduced with. */
function roleHead(word: string, ctx: QuoteContext): string {
  const art = ctx.lang.article[0] ?? '';
  return art && word.startsWith(art) ? word.slice(art.length) : word;
}

function bySubject(ctx: QuoteContext, sent: Sentence, verbAt: number, sub: Subject, speech: boolean, last: Last): Speaker | null {
  const want = speech ? verbGender(sent.tokens[verbAt] as Token, ctx) : undefined;
  if (sub.kind === 'name' && sub.name) {
    const e = personOf(ctx, chunkFrom(ctx, sent, sub.name[0]));
    if (e && want && !genders.has(e)) genders.set(e, want);
    return e ? { entity: e, confidence: 0.9, ...(sub.role ? { role: sub.role } : {}) } : null;
  }
  if (sub.kind === 'role' && sub.role) {
    // "وأضاف الوزير": the person introduced with that role; an indefinite role ("مسؤول") is someone unnamed.
    const head = roleHead(sub.role.split(/\s+/)[0] ?? '', ctx);
    const e = personBefore(ctx, sent, verbAt, (p) => !!p.role && roleHead(p.role.split(/\s+/)[0] ?? '', ctx) === head);
    return e ? { entity: e, confidence: 0.75 } : null;
  }
  if (sub.kind !== 'none' || !speech) return null;
  // The verb's own subject: a name just before it ("… أحمد حسن قال"), else whoever was quoted or named last
  // and may be of the verb's gender ("وأضافت" after a man was quoted goes back to the woman before him).
  const before = (ctx.chunksBySentence.get(sent) ?? []).find((c) => c.i1 === verbAt || c.i1 === verbAt - 1);
  const subj = personOf(ctx, before);
  if (subj) return { entity: subj, confidence: 0.85 };
  const fits = (e: Entity): boolean => !want || (genders.get(e) ?? want) === want;
  if (last && sent.paragraph - last.paragraph <= 3 && fits(last.entity)) return { entity: last.entity, confidence: 0.75 };
  const e = personBefore(ctx, sent, verbAt, fits);
  return e ? { entity: e, confidence: 0.6 } : null;
}

/** The speaker of a quotation from its own sentence, for caseless scripts (the counterpart of quotes.ts attribute). */
export function caselessSpeaker(ctx: QuoteContext, text: string, sent: Sentence, endSent: Sentence, pre: Token[], post: Token[], q: QuoteSpan, last: Last): Speaker | null {
  const { lang } = ctx;
  const known = (s: Sentence): KnownAt => (j) => chunkFrom(ctx, s, j)?.i1 ?? -1;
  // 1. After the quotation: "«…»، قال الوزير", "«…»، وأضاف حسن", "«…»، بحسب …".
  for (let k = 0; k < Math.min(post.length, 6); k++) {
    const t = post[k] as Token;
    const at = endSent.tokens.indexOf(t);
    const src = afterSource(endSent.tokens, at, lang);
    const speech = isSpeechWord(t, lang);
    if (!speech && src < 0) continue;
    const sub = subjectAt(text, endSent.tokens, speech ? at + 1 : src, endSent.tokens.length, lang, known(endSent));
    return bySubject(ctx, endSent, at, sub, speech, last);
  }
  // 2. Before it: the nearest speech verb or source phrase that names someone, else the nearest verb's own subject.
  const limit = sent.tokens.findIndex((t) => t.s >= q.outerStart);
  const stop = limit < 0 ? sent.tokens.length : limit;
  let implied: Speaker | null = null;
  let seen = false;
  for (let k = pre.length - 1; k >= 0; k--) {
    const t = pre[k] as Token;
    const at = sent.tokens.indexOf(t);
    const src = afterSource(sent.tokens, at, lang);
    const speech = isSpeechWord(t, lang);
    if (!speech && src < 0) continue;
    const sub = subjectAt(text, sent.tokens, speech ? at + 1 : src, stop, lang, known(sent));
    const sp = bySubject(ctx, sent, at, sub, speech, last);
    if (sub.kind === 'name' || sub.kind === 'role') return sp ?? implied;
    if (!seen) implied = sp;
    seen = true;
  }
  if (seen) return implied;
  // 3. "أحمد حسن: «…»": a name right before a colon.
  const lastPre = pre[pre.length - 1];
  if (lastPre && /^\s*:\s*$/.test(text.slice(lastPre.e, q.outerStart))) {
    const c = (ctx.chunksBySentence.get(sent) ?? []).find((x) => x.e === lastPre.e);
    const e = personOf(ctx, c);
    if (e) return { entity: e, confidence: 0.7 };
  }
  return null;
}

