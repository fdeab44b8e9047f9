// Quotations: which quoted spans are reported speech, and who said them (verbs, "according to", pronouns, roles).
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { type QuoteSpan, quoted } from './quotespans';
import type { Chunk } from './names';
import { type Entity, resolveEntity, rolePhrase } from './entities';
import type { Quote } from './types';
import { caselessSpeaker } from './caselessquotes';
import { isReported, spanWords } from './quote-kind';
import { QUOTE_KIND } from './quote-kind-model';
import { INVERTED, isSpeech, personAfterVerb, personGender, pronounGender } from './attribution-features';
import { ADDRESSEE, IMAGINED } from './lang/common';
import type { QuoteContext, Speaker } from './quote-context';

/** The speaker quoted last, where, and in which sentence. */
type Last = { entity: Entity; paragraph: number; sentence: number } | null;

/**
 * The previous speaker is still in play: at most `paras` paragraphs back and `sents` sentences back, so text without
 * paragraph breaks (wire copy, --text) does not keep one speaker for the whole article.
 */
const within = (last: NonNullable<Last>, sent: Sentence, paras: number, sents: number): boolean =>
  sent.paragraph - last.paragraph <= paras && sent.index - last.sentence <= sents;


function isPronoun(t: Token, lang: Lang): boolean {
  return lang.pronouns.has(t.lo) || INVERTED.test(t.lo);
}

export function findQuotes(ctx: QuoteContext): Quote[] {
  const { paragraphs, sentences, spans, lang } = ctx;
  const out: Quote[] = [];
  const speakers = new Map<Quote, Entity>();
  let lastSpeaker: Last = null;
  // Quoted spans so far and those of them with a speaker, from a prior of one in two: an article that attributes its
  // quotations quotes speech.
  let attributed = 1;
  let seen = 2;
  const lower = paragraphs.join(' ').toLowerCase();
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] as string;
    const sents = sentences.filter((s) => s.paragraph === p);
    const ps = spans[p] ?? [];
    const outside = (t: Token): boolean => !quoted(ps, t);
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
      const words = spanWords(inner);
      const attr = lang.caseless ? caselessSpeaker : attribute;
      let sp: Speaker | null = lang.full ? attr(ctx, text, sent, endSent, pre, post, q, lastSpeaker) : null;
      const standalone = pre.length === 0 && post.length <= 1;
      // A paragraph that is only a short quotation without closing punctuation is a heading or a pull quote.
      if (standalone && words <= 6 && q.outerStart <= 1 && q.outerEnd >= text.trimEnd().length - 1 && !/[.!?…]$/.test(inner)) continue;
      if (IMAGINED.re.test(text.slice(Math.max(0, q.outerStart - 30), q.outerStart))) continue; // "as if to say “…”", "For example: “…”"
      if (!sp && standalone && words >= 3) sp = continuing(ctx, sents[0] as Sentence, sent, lastSpeaker);
      // A partial quote in a sentence without attribution continues the speaker quoted just before in this paragraph.
      if (!sp && !standalone && lastSpeaker && within(lastSpeaker, sent, 0, 3) && words >= 3) sp = { entity: lastSpeaker.entity, confidence: 0.5 };
      // Speech, not a term, title or scare quote (“post-truth”, « schémas », "The Dark Knight Rises"): the fitted model.
      const kindSite = { text, quote: q, spans: ps, sent, endSent, pre, post, speaker: sp ? sp.confidence : null, lang, chunks: ctx.chunksBySentence.get(sent) ?? [], entities: ctx.entities, lower, share: attributed / seen };
      if (sp) attributed++;
      seen++;
      if (words === 0 || !isReported(kindSite, p, QUOTE_KIND, ctx.quoteKind)) continue;
      const hand: Entity | null = sp?.entity ?? null;
      // The previous speaker stays the hand rules' one, so the features do not depend on the model's own choices.
      const prevSpeaker = lastSpeaker?.entity ?? null;
      const lastSentence = lastSpeaker?.sentence;
      if (hand && hand.kind !== 'org' && hand.kind !== 'place') lastSpeaker = { entity: hand, paragraph: p, sentence: endSent.index };
      const site = { ...ctx, paragraph: p, quote: q, sent, endSent, pre, post, hand: sp, last: prevSpeaker, ...(lastSentence !== undefined ? { lastSentence } : {}) };
      const model = ctx.attribution;
      const candidates = model && (lang.speakerModel || ctx.trace) ? model.candidates(site) : [];
      let entity = hand;
      if (lang.speakerModel && model) {
        const choice = model.choose(lang.speakerModel, candidates);
        entity = choice.candidate?.entity ?? null;
        sp = entity ? { entity, confidence: choice.confidence, ...(entity === hand && sp?.role ? { role: sp.role } : {}) } : null;
      }
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
      ctx.trace?.(quote, candidates);
      if (entity) speakers.set(quote, entity);
    }
  }
  // Roles learnt later in the article ("le président français …") apply to every quote of that speaker.
  for (const [quote, e] of speakers) if (e.role && !quote.role) quote.role = e.role;
  return out;
}

function chunkAt(ctx: QuoteContext, sent: Sentence, tokIndex: number): Chunk | undefined {
  return (ctx.chunksBySentence.get(sent) ?? []).find((c) => c.i0 <= tokIndex && tokIndex < c.i1);
}

function entityOf(ctx: QuoteContext, c: Chunk | undefined, people = false): Entity | null {
  if (!c) return null;
  const e = resolveEntity(ctx.entities.byChunk.get(c));
  return e && (e.kind === 'person' || (!people && e.kind === 'org')) ? e : null;
}

/** An undecided name chunk (not a place, work, law or event) at token index `at`. */
function looseName(ctx: QuoteContext, sent: Sentence, at: number): Entity | null {
  const c = chunkAt(ctx, sent, at);
  if (!c || c.i0 !== at) return null;
  const e = resolveEntity(ctx.entities.byChunk.get(c));
  if (!e || e.kind !== 'other' || e.cue.place > 0 || e.cue.work || e.cue.law || e.cue.event || e.cue.common) return null;
  return e;
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
  last: Last,
): Speaker | null {
  const { lang } = ctx;
  const idx = (s: Sentence, t: Token): number => s.tokens.indexOf(t);
  // 1. After the quote: '", said X' / '," X said' / '», a ajouté X' / ', a-t-il dit' / '" while …, X said'
  for (let k = 0; k < Math.min(post.length, 10); k++) {
    const t = post[k] as Token;
    if (!isSpeech(t, lang)) continue;
    if (k > 0 && isPronoun(post[k - 1] as Token, lang)) return pronounSpeaker(ctx, last, sent, post[k - 1] as Token);
    if (k > 0 && ORG_PRONOUNS.has((post[k - 1] as Token).lo)) return orgSpeaker(ctx, sent);
    for (let b = k - 1; b >= 0; b--) {
      const e = entityOf(ctx, chunkAt(ctx, endSent, idx(endSent, post[b] as Token)));
      if (e) return { entity: e, confidence: 0.9 };
    }
    // '“…,” explains team leader Jennifer Ngo-Anh', '», dit à l’AFP Miguel Domingo': a person named after the verb.
    const subject = personAfterVerb(ctx, endSent, idx(endSent, t), post);
    if (subject) return { entity: subject, confidence: 0.9 };
    // '“…,” says Werner': a capitalised name right after the verb speaks even when its kind stayed undecided.
    const named = looseName(ctx, endSent, idx(endSent, t) + 1);
    if (named) return { entity: named, confidence: 0.7 };
    if (INVERTED.test(t.lo)) return pronounSpeaker(ctx, last, sent, t);
    const ti = idx(endSent, t);
    for (let a = ti + 1; a < Math.min(endSent.tokens.length, ti + 7); a++) {
      const tok = endSent.tokens[a] as Token;
      const e = entityOf(ctx, chunkAt(ctx, endSent, a));
      // '», a déclaré à l’AFP l’un des manifestants, Oleg Zimine': the outlet spoken to is not the speaker.
      if (e && endSent.tokens.slice(Math.max(ti, a - 2), a).some((x) => ADDRESSEE.has(x.lo))) continue;
      if (e) return { entity: e, confidence: 0.9 };
      if (isPronoun(tok, lang)) return pronounSpeaker(ctx, last, sent, tok);
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
    if (INVERTED.test(t.lo)) return pronounSpeaker(ctx, last, sent, t);
    // "X a déclaré : « … », ajoutant : « … »", "…, adding: “…”": a participle goes on with the speaker quoted earlier in its sentence.
    if (last && last.sentence === sent.index && /(?:ant|ing|ando|iendo)$/.test(t.lo)) return { entity: last.entity, confidence: 0.9 };
    // The subject: a pronoun just before the verb, else the nearest person before it; a role noun met first stands for it.
    let roleAt = -1;
    let org: Entity | null = null;
    for (let b = k - 1; b >= 0; b--) {
      const tok = pre[b] as Token;
      if (k - b <= 3 && isPronoun(tok, lang) && roleAt < 0) return pronounSpeaker(ctx, last, sent, tok);
      const e = entityOf(ctx, chunkAt(ctx, sent, idx(sent, tok)));
      if (e && e.kind === 'person') {
        if (roleAt >= 0 && k - b > 12) break;
        // "Netanyahu’s Likud party, which … by saying": the organisation is the head, the person its possessor.
        if (tok.poss) {
          const head = entityOf(ctx, chunkAt(ctx, sent, idx(sent, tok) + 1));
          if (head && head.kind === 'org') return { entity: head, confidence: 0.8 };
        }
        return { entity: e, confidence: 0.9 };
      }
      // An organisation far from the verb is rarely its subject ("On one Facebook page an unidentified poster … wrote").
      if (e && !org && roleAt < 0 && k - b <= 5) org = e;
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
  // 4. "X : « … »": a name right before a colon. A name right before a partial quote without a colon is the
  // quote's subject, not its speaker ("President Mahmoud Abbas “has put aside …”" in Obama's speech).
  const lastPre = pre[pre.length - 1];
  if (lastPre) {
    const gap = text.slice(lastPre.e, q.outerStart);
    const e = entityOf(ctx, chunkAt(ctx, sent, idx(sent, lastPre)), false);
    if (e && /^\s*:\s*$/.test(gap)) return { entity: e, confidence: 0.7 };
  }
  // 5. Source phrase after the quotation: "“…”, according to the Department of Conservation."
  const postText = post.map((t) => t.lo).join(' ');
  for (const src of lang.source) {
    const at = (' ' + postText + ' ').indexOf(' ' + src + ' ');
    if (at < 0 || src === 'pour' || src === 'para' || src === 'per' || src === 'so') continue;
    const n = postText.slice(0, at).split(' ').filter(Boolean).length + src.split(' ').length;
    for (let a = n; a < Math.min(post.length, n + 4); a++) {
      const e = entityOf(ctx, chunkAt(ctx, endSent, idx(endSent, post[a] as Token)));
      if (e) return { entity: e, confidence: 0.8 };
    }
  }
  // 6. A sentence that introduces the quotation with a colon ("… en 1969 : « C’est la révolution. »"): its first named person.
  if (/:\s*$/.test(text.slice(Math.max(sent.start, q.outerStart - 3), q.outerStart))) {
    for (const t of pre) {
      const e = entityOf(ctx, chunkAt(ctx, sent, idx(sent, t)), true);
      if (e) return { entity: e, confidence: 0.6 };
    }
  }
  return null;
}

/**
 * The speaker of a quotation standing alone in its paragraph: the last speaker if quoted in the previous paragraph,
 * else the first person named in the previous paragraph, else the last speaker of the two previous paragraphs.
 */
function continuing(ctx: QuoteContext, first: Sentence, sent: Sentence, last: Last): Speaker | null {
  const p = sent.paragraph;
  if (last && within(last, sent, 1, 6)) return { entity: last.entity, confidence: 0.5 };
  const prev = ctx.sentences.filter((s) => s.paragraph === p - 1 && s.index < first.index);
  const spans = ctx.spans[p - 1] ?? [];
  for (const s of prev) {
    for (const ch of ctx.chunksBySentence.get(s) ?? []) {
      if (quoted(spans, ch)) continue;
      const e = resolveEntity(ctx.entities.byChunk.get(ch));
      if (e && e.kind === 'person') return { entity: e, confidence: 0.45 };
    }
  }
  if (last && within(last, sent, 2, 10)) return { entity: last.entity, confidence: 0.5 };
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
      if (quoted(spans, ch)) continue;
      const e = resolveEntity(ctx.entities.byChunk.get(ch));
      if (e && e.kind === 'org') return { entity: e, confidence: 0.6 };
    }
  }
  return null;
}

/** "he said", "a-t-elle ajouté": the last speaker, unless the pronoun's gender rules them out; then the last person who fits. */
function pronounSpeaker(ctx: QuoteContext, last: Last, sent: Sentence, pronoun?: Token): Speaker | null {
  const want = pronoun ? pronounGender(pronoun) : undefined;
  const fits = (e: Entity): boolean => !want || personGender(e) !== (want === 'm' ? 'f' : 'm');
  if (last && within(last, sent, 3, 12) && fits(last.entity)) return { entity: last.entity, confidence: 0.75 };
  const e = lastPerson(ctx, sent, fits);
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
      if (quoted(spans, ch)) continue;
      const e = resolveEntity(ctx.entities.byChunk.get(ch));
      if (e && e.kind === 'person' && (!accept || accept(e))) return e;
    }
  }
  return null;
}

/** "le président français …" → the person named with the role, the last one with that role, or the last speaker. */
function roleSpeaker(ctx: QuoteContext, sent: Sentence, k: number, text: string, last: Last): Speaker | null {
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
  const fallback = last && within(last, sent, 5, 20) ? last.entity : lastPerson(ctx, sent, (e) => !e.role);
  if (fallback) {
    if (role && !fallback.role) fallback.role = role;
    return { entity: fallback, confidence: 0.7, ...(role ? { role } : {}) };
  }
  return null;
}
