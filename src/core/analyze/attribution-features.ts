// Candidate speakers of one quotation and the features the attribution model scores them by. Shared by the engine
// (quotes.ts) and the trainer (tests/bench/quotes-corpus/train.ts), so both see exactly the same numbers.
import type { Lang } from './lang/registry';
import type { Sentence, Token } from './segment';
import { type QuoteSpan, quoted } from './quotespans';
import type { Chunk } from './names';
import { type Entity, type Entities, resolveEntity, rolePhrase } from './entities';
import { nameKey } from './names';
import { hasTitle } from './entity-candidates';
import { nameGender } from './lang/firstnames';
import { ADDRESSEE, GENERIC_ORG_NOUNS, INSTITUTION_HEADS, PERSON_NOUNS, fold } from './lang/common';

/** Feature names, in the order of a candidate's vector and of the shipped weights. */
export const FEATURES = [
  'bias', 'hand', 'handConf', 'last', 'person', 'org', 'sameSentence', 'sentenceDistance', 'tokenDistance', 'before',
  'after', 'speechNext', 'sourceBefore', 'colon', 'insideThis', 'onlyInside', 'addressee', 'subject', 'mentions',
  'earlierParagraph', 'hasRole', 'possessive', 'genderMatch', 'genderClash', 'nearest',
  'unnamed', 'definite', 'verbLinked', 'pronounRef', 'roleRef', 'otherQuoteBetween', 'inverted', 'introColon', 'loose', 'lastSameSentence',
  'lastUnlinked', 'lastRecent', 'unlinked', 'handNone', 'standInNear', 'unlinkedNew', 'verbSubject', 'untied', 'orgLinked', 'bare', 'oneWord',
  'afterVerb', 'spokeBefore', 'standInFar', 'standInAhead', 'inTitle', 'roleGuess', 'predicate', 'place', 'bodyAfterVerb',
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
  /** The article's headline, which often names who the article quotes. */
  title?: string;
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
  /** Index of the sentence the previous speaker was quoted in. */
  lastSentence?: number;
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
    const g = titleGender(c.sent.tokens[c.i0 - 1]?.lo ?? '');
    if (g) return g;
  }
  const first = e.name.split(' ')[0] ?? '';
  // "Jean-Pierre", "Marie-Sophie": the first part of a compound given name carries its gender.
  return titleGender(first.toLowerCase()) ?? nameGender(nameKey(first).split(' ')[0] as string);
}

/** The gender a personal title marks ("Mr", "Mme", "Frau"), if the word is one. */
function titleGender(lo: string): 'm' | 'f' | undefined {
  if (/^(mr|m|herr|sr|signor|sig|monsieur|señor|senhor)\.?$/.test(lo)) return 'm';
  if (/^(mrs|ms|miss|mme|mlle|madame|frau|sra|srta|signora|señora|senhora|dona|doña)\.?$/.test(lo)) return 'f';
  return undefined;
}

/** How many sentences after the previous quotation its speaker is still a candidate as such. */
const LAST_WINDOW = 6;

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

const owners = new WeakMap<Entities, Map<string, Entity[]>>();

/**
 * A lone surname, or an undecided single word, that is a later word of exactly one person's name in the article
 * ("Werner" after "Jamie Werner"; "Mr Samuelsson", "M.Lodiot", "Stadtoberhaupt Marino": the surname after a title or
 * a role noun): that person, so the two mentions are one candidate.
 */
function surnameOwner(e: Entity, { entities, lang }: Pick<ArticleView, 'entities' | 'lang'>): Entity {
  const words = e.name.split(' ');
  const head = (words[0] as string).toLowerCase();
  const name = /^(?:m|mme|mr|mrs|ms|dr)\.\p{Lu}/u.test(e.name) ? e.name.slice(e.name.indexOf('.') + 1) : words.length === 2 && (titleGender(head) || lang.roles.has(head)) ? (words[1] as string) : e.name;
  if (e.kind === 'org' || e.kind === 'place' || name.includes(' ')) return e;
  let byWord = owners.get(entities);
  if (!byWord) {
    byWord = new Map();
    for (const p of entities.list) {
      if (p.kind !== 'person' || resolveEntity(p) !== p) continue;
      for (const w of p.name.split(' ').slice(1)) {
        const list = byWord.get(nameKey(w)) ?? (byWord.set(nameKey(w), []), byWord.get(nameKey(w)) as Entity[]);
        if (!list.includes(p)) list.push(p);
      }
    }
    owners.set(entities, byWord);
  }
  const found = byWord.get(nameKey(name)) ?? [];
  return found.length === 1 && found[0] !== e ? (found[0] as Entity) : e;
}

/**
 * Person and organisation mentions in the window around the quotation, grouped by entity, and those of `keep` (the
 * hand rules' pick and the previous speaker) whatever kind the entity finder gave them ("selon Météo-France").
 */
function mentionsNear(site: QuoteSite, keep: ReadonlySet<Entity>): Map<Entity, Mention[]> {
  const { sentences, spans, chunksBySentence, entities, quote, paragraph, sent, endSent } = site;
  const out = new Map<Entity, Mention[]>();
  for (let i = Math.max(0, sent.index - BACK); i <= Math.min(sentences.length - 1, endSent.index + 1); i++) {
    const s = sentences[i] as Sentence;
    if (s.paragraph < paragraph - 2 || (s.paragraph > paragraph)) continue;
    const qs = spans[s.paragraph] ?? [];
    for (const chunk of chunksBySentence.get(s) ?? []) {
      const found = resolveEntity(entities.byChunk.get(chunk));
      const e = found && surnameOwner(found, site);
      // An undecided name counts in the quotation's own sentences next to a speech verb ("confie la Mexicaine Eréndira Sanchez").
      const loose = !!e && e.kind === 'other' && i >= sent.index && i <= endSent.index && !e.cue.place && !e.cue.work && !e.cue.law && !e.cue.event && !e.cue.common && speechNextTo(chunk, site.lang, 6);
      // "le Premier ministre": a capitalised word opening a role phrase is no one.
      const next = s.tokens[chunk.i1];
      const roleWord = chunk.i1 === chunk.i0 + 1 && !!next && site.lang.roles.has(next.lo) && !site.paragraphs[s.paragraph]?.slice(chunk.e, next.s).trim();
      // "la Chine a déclaré", "Moscow said": a country or capital speaking for its government.
      const speaks = e?.kind === 'place' && i >= sent.index && i <= endSent.index && placeSpeaks(chunk, site);
      if (!e || roleWord || (e.kind !== 'person' && e.kind !== 'org' && !loose && !speaks && !keep.has(e) && !titled(e, chunk, site.lang))) continue;
      const insideThis = s.paragraph === paragraph && chunk.s >= quote.innerStart && chunk.e <= quote.innerEnd;
      const inside = quoted(qs, chunk);
      const list = out.get(e) ?? (out.set(e, []), out.get(e) as Mention[]);
      list.push({ chunk, inside, insideThis });
    }
  }
  return out;
}

/**
 * A place as the subject of a speech verb ("la Chine a déclaré", "Moscow said"): the verb within three words after it,
 * no punctuation between, and no preposition before it ("les opérations de Raqqa, ajoutant").
 */
function placeSpeaks(c: Chunk, site: QuoteSite): boolean {
  const toks = c.sent.tokens;
  let p = c.i0 - 1;
  if (ARTICLE.test(toks[p]?.lo ?? '')) p--;
  if (p >= 0 && site.lang.stop.has((toks[p] as Token).lo)) return false;
  const text = site.paragraphs[c.sent.paragraph] as string;
  return toks.slice(c.i1, c.i1 + 3).some((t) => isSpeech(t, site.lang) && !/[,;:.!?()«»"“”]/.test(text.slice(c.e, t.s)));
}

/** The name opens its sentence, after at most a title, role words or an article ("Prime Minister David Hale …"). */
function opensSentence(c: Chunk, text: string, lang: Lang): boolean {
  if (/[,:;—–(]/.test(text.slice(c.sent.start, c.s))) return false;
  return c.sent.tokens.slice(0, c.i0).every((t) => t.cap || lang.roles.has(t.lo) || lang.titles.has(t.lo.replace(/\.$/, '')) || ARTICLE.test(t.lo));
}

const ARTICLE = /^(the|a|an|le|la|les|l|un|une|der|die|das|den|dem|des|ein|eine|el|los|las|il|lo|o|a|os|as)$/;

function speechNextTo(c: Chunk, lang: Lang, after = 3): boolean {
  const toks = c.sent.tokens;
  return [...toks.slice(c.i1, c.i1 + after), ...toks.slice(Math.max(0, c.i0 - 2), c.i0)].some((t) => isSpeech(t, lang));
}

const INDEFINITE = /^(a|an|one|another|un|une|ein|eine|einer|einem|eines)$/;
const DEFINITE = /^(the|le|la|l|les|der|die|das|den|dem|des|this|that|ce|cette|cet)$/;

/** A word standing for the speaker in the quotation's own sentences: a pronoun or a role noun next to a speech verb. */
interface StandIn { sent: Sentence; k: number; side: number; dist: number; source: boolean }

/** Speech verbs (and source phrases) beside the quotation: token indexes in the quote's first or last sentence. */
function linkWords(site: QuoteSite): { sent: Sentence; at: number; side: number; source: boolean }[] {
  const out: { sent: Sentence; at: number; side: number; source: boolean }[] = [];
  const { pre, post, sent, endSent, lang } = site;
  const scan = (toks: Token[], s: Sentence, side: number): void => {
    toks.forEach((t) => {
      if (isSpeech(t, site.lang)) out.push({ sent: s, at: s.tokens.indexOf(t), side, source: false });
    });
    const lo = toks.map((t) => t.lo);
    for (const src of lang.source) {
      const parts = src.split(' ');
      for (let i = 0; i + parts.length <= lo.length; i++) {
        if (parts.every((w, j) => lo[i + j] === w)) out.push({ sent: s, at: s.tokens.indexOf(toks[i + parts.length - 1] as Token), side, source: true });
      }
    }
  };
  scan(pre.slice(-12), sent, -1);
  scan(post.slice(0, 12), endSent, 1);
  return out;
}

/** A common noun for a body that speaks as such ("the ministry said", "indique la préfecture", "the company said"). */
const bodyNoun = (t: Token, lang: Lang): boolean => (!t.cap || lang.code === 'de') && (GENERIC_ORG_NOUNS.has(fold(t.lo)) || INSTITUTION_HEADS.has(fold(t.lo)));

/** What follows an impersonal "il" ("il s’agit", "il y a", "il faut", "il semble"). */
const IMPERSONAL = /^(?:s agit|y a|y avait|y aura|faut|fallait|faudra|faudrait|semble|semblait|suffit|reste|manque|paraît)\b/;

/** Pronouns and role nouns within three words of a speech verb or right after a source phrase beside the quotation. */
function standIns(site: QuoteSite, links: ReturnType<typeof linkWords>): StandIn[] {
  const out: StandIn[] = [];
  const { pre, post, lang } = site;
  for (const l of links) {
    const own = l.side < 0 ? pre : post;
    for (const t of own) {
      const k = l.sent.tokens.indexOf(t);
      if (k < 0 || Math.abs(k - l.at) > 3 || (l.source && k <= l.at) || k === l.at) continue;
      // "selon lui": a stressed pronoun after a source phrase.
      const pronoun = lang.pronouns.has(t.lo) || (INVERTED.test(t.lo) && k === l.at) || (l.source && !!pronounGender(t));
      if (!pronoun && !lang.roles.has(t.lo) && !PERSON_NOUNS.has(t.lo) && !bodyNoun(t, lang) && !(demonstrated(l.sent, k) && l.side > 0)) continue;
      const dist = l.side < 0 ? pre.length - pre.indexOf(t) - 1 : post.indexOf(t);
      out.push({ sent: l.sent, k, side: l.side, dist, source: l.source });
    }
    const fused = l.sent.tokens[l.at] as Token;
    if (!l.source && INVERTED.test(fused.lo)) out.push({ sent: l.sent, k: l.at, side: l.side, dist: l.side < 0 ? pre.length - pre.indexOf(fused) - 1 : post.indexOf(fused), source: false });
  }
  // "Il remplit sa mission « par devoir »": a subject pronoun opening the quotation's sentence stands for its speaker
  // too, unless impersonal ("Il s’agit de « … »", "il faut").
  const [first, ...rest] = site.sent.tokens;
  if (first && first === pre[0] && pronounGender(first) && !IMPERSONAL.test(rest.slice(0, 2).map((t) => t.lo).join(' ')) && !out.some((o) => o.sent === site.sent && o.k === 0)) out.push({ sent: site.sent, k: 0, side: -1, dist: pre.length - 1, source: false });
  return out;
}

/**
 * The person of gender `want` (or unknown) the nearest sentence since the previous quotation's, that one included,
 * names as its likely subject (subjectOf: "… », a déclaré X. La position de Y … « … », a-t-il déclaré": Y; "…, tempête
 * X. « … », fustige-t-il": X even when the hand rules gave the first quotation to the speaker before), else the
 * previous speaker if they fit and no one who fits is named after them, else the subject of the nearest sentence
 * naming someone who fits, else the person the headline names.
 */
function personReferent(site: QuoteSite, want: 'm' | 'f' | undefined): Entity | null {
  const fits = (e: Entity): boolean => e.kind === 'person' && !genderClash(e, want);
  const since = site.last && site.lastSentence !== undefined ? lastBefore(site, fits, site.lastSentence, { want }) : null;
  const before = since ? null : lastBefore(site, fits, undefined, { want });
  // The previous speaker is stale when the nearest subject who fits is named after their last mention (the hand rules
  // carried them over a quotation they missed: "…, tempête X. « … », dit-il").
  const stale = !!before && !!site.last && latest(site, before) > latest(site, site.last);
  const found = since ?? (site.last && fits(site.last) && !stale ? site.last : before ?? titlePerson(site, fits));
  return found && surnameOwner(found, site);
}

/** The person the headline names ("Laïcité : pour Nadine Morano, « … »") who passes `accept`, the most mentioned if several. */
function titlePerson(site: QuoteSite, accept: (e: Entity) => boolean): Entity | null {
  const words = new Set(site.title?.split(/[^\p{L}'’-]+/u));
  let best: Entity | null = null;
  for (const e of site.entities.list) {
    if (accept(e) && resolveEntity(e) === e && words.has(e.name.split(' ').pop() as string) && (!best || e.mentions.length > best.mentions.length)) best = e;
  }
  return best;
}

/** The index of the last sentence naming `e` before the quotation (-1 if none). */
const latest = (site: QuoteSite, e: Entity): number => Math.max(-1, ...e.mentions.filter((c) => c.sent.index < site.sent.index || (c.sent === site.sent && c.e <= site.quote.outerStart)).map((c) => c.sent.index));

/** The person's known gender is the other one than `want` (no clash when either is unknown). */
const genderClash = (e: Entity, want: 'm' | 'f' | undefined): boolean => !!want && personGender(e) === (want === 'm' ? 'f' : 'm');

/** Articles that mark a role noun's gender ("la maire", "le procureur"). */
const ROLE_GENDER = new Map<string, 'm' | 'f'>([['le', 'm'], ['la', 'f'], ['der', 'm'], ['die', 'f'], ['el', 'm'], ['il', 'm']]);

/**
 * The gender a role noun marks: by its article ("la maire", "der Minister"), else by its form beside the other form in
 * the language's role list ("l'élue" beside "élu", "Ministerin" beside "Minister", "l'élu" beside "élue"), else by an
 * English compound ("spokeswoman").
 */
function roleGender(sent: Sentence, k: number, lang: Lang): 'm' | 'f' | undefined {
  const w = (sent.tokens[k] as Token).lo;
  const g = ROLE_GENDER.get(sent.tokens[k - 1]?.lo ?? '');
  if (g) return g;
  if (/wom[ae]n$/.test(w) || ['e', 'in'].some((x) => w.endsWith(x) && lang.roles.has(w.slice(0, -x.length)))) return 'f';
  if (/m[ae]n$/.test(w) || ['e', 'in'].some((x) => lang.roles.has(w + x))) return 'm';
  return undefined;
}

/** Demonstratives before a noun that points back to someone already named ("confie ce père de famille"), with the gender they mark. */
const DEMONSTRATIVE = new Map<string, 'm' | 'f' | undefined>([['ce', 'm'], ['cet', 'm'], ['cette', 'f'], ['this', undefined], ['dieser', 'm'], ['diese', 'f'], ['este', 'm'], ['esta', 'f'], ['questo', 'm'], ['questa', 'f']]);

/** The token before k in its sentence is a demonstrative and k is a lowercase word: a noun standing for a person named before. */
const demonstrated = (sent: Sentence, k: number): boolean => k > 0 && DEMONSTRATIVE.has((sent.tokens[k - 1] as Token).lo) && !(sent.tokens[k] as Token).cap;

/**
 * The entity named last before the quotation (outside quotations, from sentence `from` on) that passes `accept`; with
 * `subject`, in the nearest sentence naming one, its likely subject (subjectOf), the one a pronoun continues.
 */
function lastBefore(site: QuoteSite, accept: (e: Entity) => boolean, from = site.sent.index - 30, subject?: { want: 'm' | 'f' | undefined }): Entity | null {
  const { sentences, spans, chunksBySentence, entities, quote, sent } = site;
  for (let i = sent.index; i >= Math.max(0, from); i--) {
    const s = sentences[i] as Sentence;
    const qs = spans[s.paragraph] ?? [];
    const found: [Chunk, Entity][] = [];
    for (const ch of chunksBySentence.get(s) ?? []) {
      if ((s === sent && ch.s >= quote.outerStart) || quoted(qs, ch) || spokenTo(ch)) continue;
      const e = resolveEntity(entities.byChunk.get(ch));
      if (e && accept(e)) found.push([ch, e]);
    }
    if (!found.length) continue;
    if (!subject) return (found[found.length - 1] as [Chunk, Entity])[1];
    const e = subjectOf(site, found, qs, subject.want);
    if (e) return e;
  }
  return null;
}

/**
 * Of the people a sentence names (`found`, in order), the one a later pronoun of gender `want` most likely continues:
 * the one opening the sentence, else one beside a speech verb, else the first whose known gender is `want`, else the
 * first. Never a name after a subject pronoun of that gender in its sentence ("elle a perdu sa fille Laurence-Marie":
 * the pronoun is someone else, whom the name cannot be).
 */
function subjectOf(site: QuoteSite, found: [Chunk, Entity][], qs: readonly QuoteSpan[], want: 'm' | 'f' | undefined): Entity | null {
  const { lang } = site;
  const text = site.paragraphs[(found[0] as [Chunk, Entity])[0].sent.paragraph] as string;
  const pick = found.find(([ch]) => opensSentence(ch, text, lang)) ?? found.find(([ch]) => speechNextTo(ch, lang));
  if (pick) return pick[1];
  const free = found.filter(([ch]) => !ch.sent.tokens.slice(0, ch.i0).some((t) => want && pronounGender(t) === want && lang.pronouns.has(t.lo) && !quoted(qs, t)));
  return (free.find(([, e]) => want && personGender(e) === want) ?? free[0])?.[1] ?? null;
}

/** The one spoken to or the outlet ("en répondant à Hervé Marseille", "told Reuters"), not who a pronoun stands for. */
const spokenTo = (c: Chunk): boolean => ADDRESSEE.has(c.sent.tokens[c.i0 - 1]?.lo ?? '');

/** An undecided name after a personal title ("M. Philippe"): a person. */
const titled = (e: Entity, c: Chunk, lang: Lang): boolean => e.kind === 'other' && hasTitle(c, lang);

/** How many sentences after the quotation are searched for the person a pronoun or role noun stands for. */
const AHEAD = 8;

/**
 * The first person named after the quotation (within AHEAD sentences, outside quotations, not the one spoken to) whose
 * gender does not clash with `want`, a person's title counting for an undecided name ("M. Philippe"): whom a pronoun
 * or a role noun stands for when wire copy named the speaker only in its title or later ("« … », a-t-il ajouté.
 * … M. Philippe"). With `head`, the first such person holding that role, if any.
 */
function personAhead(site: QuoteSite, want: 'm' | 'f' | undefined, head?: string, holdersOnly = false): Entity | null {
  const { sentences, spans, chunksBySentence, entities, quote, endSent, lang } = site;
  let first: Entity | null = null;
  for (let i = endSent.index; i < Math.min(sentences.length, endSent.index + AHEAD); i++) {
    const s = sentences[i] as Sentence;
    const qs = spans[s.paragraph] ?? [];
    for (const ch of chunksBySentence.get(s) ?? []) {
      if ((s === endSent && ch.s < quote.outerEnd) || quoted(qs, ch) || spokenTo(ch)) continue;
      const found = resolveEntity(entities.byChunk.get(ch));
      if (!found || (found.kind !== 'person' && !titled(found, ch, lang))) continue;
      const e = surnameOwner(found, site);
      if (genderClash(e, want)) continue;
      if (!head || holds(e, head)) return e;
      if (!holdersOnly) first ??= e;
    }
  }
  return first;
}

/** "a WeWork spokesperson", "un porte-parole de la police": the role noun at k with its article and complements, or null when a name follows it. */
function roleMention(site: QuoteSite, st: StandIn): { text: string; definite: boolean; head: string } | null {
  const toks = st.sent.tokens;
  const text = site.paragraphs[st.sent.paragraph] as string;
  const head = toks[st.k] as Token;
  // A name after the noun, or the noun inside a name ("la préfecture du Pas-de-Calais"): that name is the candidate.
  const named = (site.chunksBySentence.get(st.sent) ?? []).some((c) => {
    const kind = resolveEntity(site.entities.byChunk.get(c))?.kind;
    return (c.i0 > st.k && c.i0 <= st.k + 3 && kind === 'person') || (c.i0 <= st.k && st.k < c.i1 && !!kind);
  });
  if (named) return null;
  let det = -1;
  for (let a = st.k - 1; a >= Math.max(0, st.k - 3); a--) {
    const t = toks[a] as Token;
    if (/[,;:.!?()«»"“”]/.test(text.slice(t.e, (toks[a + 1] as Token).s))) break;
    // "Russia's foreign ministry": a possessive opens the phrase like an article.
    if (INDEFINITE.test(t.lo) || DEFINITE.test(t.lo) || t.poss) {
      det = a;
      break;
    }
  }
  // "Keith Penrose, a coastguard spokesperson, said": the role is a named person's apposition, not another source.
  const from = det >= 0 ? det : st.k;
  const apposed = (site.chunksBySentence.get(st.sent) ?? []).some((c) => c.i1 === from && /^\s*,\s*$/.test(text.slice(c.e, (toks[from] as Token).s)) && resolveEntity(site.entities.byChunk.get(c))?.kind === 'person');
  if (apposed) return null;
  const phrase = rolePhrase(text, st.sent, st.k, site.lang, toks.length) ?? head.t;
  const start = det >= 0 ? (toks[det] as Token).s : head.s;
  const shown = text.slice(start, head.s) + phrase;
  return { text: shown.charAt(0).toLowerCase() + shown.slice(1), definite: det < 0 || !INDEFINITE.test((toks[det] as Token).lo), head: head.lo };
}

/**
 * The person was introduced with the role noun `head`: their role, or the noun just before or after a mention of
 * them ("le ministre de l'Intérieur X", "X, the lawyer", "the US President, X"); and a name the role `phrase` carries
 * ("de l'AP-HP") is in their role or near one of their mentions.
 */
function holds(e: Entity, head: string, phrase = ''): boolean {
  // The mention's own words are names, never a lowercase role noun: one window covers before, name and after.
  const held = !!e.role?.toLowerCase().split(/\s+/).includes(head) || e.mentions.some((c) => c.sent.tokens.slice(Math.max(0, c.i0 - 3), c.i1 + 2).some((t) => t.lo === head));
  if (!held) return false;
  // "le directeur général de l'AP-HP" is not the "directeur de l'IHU" named before.
  const names = phrase.split(/\s+/).slice(1).map((w) => w.replace(/^\p{L}[’']/u, '')).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  return !names.length || names.some((n) => !!e.role?.toLowerCase().includes(n) || e.mentions.some((c) => c.sent.tokens.slice(Math.max(0, c.i0 - 8), c.i1 + 8).some((t) => t.lo === n)));
}

/** A speaker the text does not name, shown as the text names it. */
function unnamedEntity(name: string): Entity {
  return { key: '~' + name, name, kind: 'other', aliases: new Set(), mentions: [], cue: { person: 0, place: 0, org: 0, the: 0, common: 0, speaks: 0, event: 0, work: 0, law: 0, first: 0, verb: 0 } };
}

// Marked pure: the engine bundle reads only a few of these, and the minifier drops the rest.
const F_UNNAMED = /* @__PURE__ */ FEATURES.indexOf('unnamed');
const F_DEFINITE = /* @__PURE__ */ FEATURES.indexOf('definite');
const F_LINKED = /* @__PURE__ */ FEATURES.indexOf('verbLinked');
const F_PRONOUN = /* @__PURE__ */ FEATURES.indexOf('pronounRef');
const F_ROLE = /* @__PURE__ */ FEATURES.indexOf('roleRef');
const F_BETWEEN = /* @__PURE__ */ FEATURES.indexOf('otherQuoteBetween');
const F_INVERTED = /* @__PURE__ */ FEATURES.indexOf('inverted');
const F_INTRO = /* @__PURE__ */ FEATURES.indexOf('introColon');
const F_LOOSE = /* @__PURE__ */ FEATURES.indexOf('loose');
const F_LAST_SENT = /* @__PURE__ */ FEATURES.indexOf('lastSameSentence');
const F_LAST_UNLINKED = /* @__PURE__ */ FEATURES.indexOf('lastUnlinked');
const F_LAST_RECENT = /* @__PURE__ */ FEATURES.indexOf('lastRecent');
const F_UNLINKED = /* @__PURE__ */ FEATURES.indexOf('unlinked');
const F_HAND_NONE = /* @__PURE__ */ FEATURES.indexOf('handNone');
const F_STAND_IN = /* @__PURE__ */ FEATURES.indexOf('standInNear');
const F_UNLINKED_NEW = /* @__PURE__ */ FEATURES.indexOf('unlinkedNew');
const F_SUBJECT = /* @__PURE__ */ FEATURES.indexOf('verbSubject');
const F_UNTIED = /* @__PURE__ */ FEATURES.indexOf('untied');
const F_ORG_LINKED = /* @__PURE__ */ FEATURES.indexOf('orgLinked');
const F_BARE = /* @__PURE__ */ FEATURES.indexOf('bare');
const F_ONE_WORD = /* @__PURE__ */ FEATURES.indexOf('oneWord');
const F_AFTER_VERB = /* @__PURE__ */ FEATURES.indexOf('afterVerb');
const F_SPOKE = /* @__PURE__ */ FEATURES.indexOf('spokeBefore');
const F_STAND_IN_FAR = /* @__PURE__ */ FEATURES.indexOf('standInFar');
const F_AHEAD = /* @__PURE__ */ FEATURES.indexOf('standInAhead');
const F_TITLE = /* @__PURE__ */ FEATURES.indexOf('inTitle');
const F_GUESS = /* @__PURE__ */ FEATURES.indexOf('roleGuess');
const F_PREDICATE = /* @__PURE__ */ FEATURES.indexOf('predicate');
const F_PLACE = /* @__PURE__ */ FEATURES.indexOf('place');
const F_BODY_AFTER = /* @__PURE__ */ FEATURES.indexOf('bodyAfterVerb');

/** How many tokens after a speech verb that follows the quotation its subject may stand ("dit à l’AFP Miguel Domingo, architecte"). */
const AFTER_VERB = 8;

/**
 * The first person named within AFTER_VERB tokens after the speech verb at token `at` of `sent`, outside quotations
 * (`post`), whatever stands between: the verb's subject ("“…”, dit à l’AFP Miguel Domingo", "“…,” explains team
 * leader Jennifer Ngo-Anh"). The hand rules (quotes.ts) and the model's afterVerb feature share this one scan.
 */
export function personAfterVerb(view: Pick<ArticleView, 'chunksBySentence' | 'entities'>, sent: Sentence, at: number, post: readonly Token[], kinds: readonly string[] = ['person']): Entity | null {
  // "», a-t-il ajouté, en répondant à Hervé Marseille": an inverted clitic is the verb's subject.
  if ([sent.tokens[at], sent.tokens[at - 1]].some((t) => t && INVERTED.test(t.lo))) return null;
  for (const c of view.chunksBySentence.get(sent) ?? []) {
    if (c.i0 <= at || c.i0 > at + AFTER_VERB || !post.includes(sent.tokens[c.i0] as Token) || spokenTo(c)) continue;
    const e = resolveEntity(view.entities.byChunk.get(c));
    if (e && kinds.includes(e.kind)) return e;
  }
  return null;
}

/** personAfterVerb for the first speech verb after the quotation that has one. */
function afterVerb(site: QuoteSite, links: ReturnType<typeof linkWords>, kinds?: readonly string[]): Entity | null {
  for (const l of links) {
    if (l.side < 0 || l.source) continue;
    const e = personAfterVerb(site, site.endSent, l.at, site.post, kinds);
    if (e) return surnameOwner(e, site);
  }
  return null;
}

/** Candidates with features: everyone named near the quotation, the hand rules' choice and the previous speaker. */
export function speakerCandidates(site: QuoteSite): Candidate[] {
  const { lang, paragraphs, quote, paragraph, sent, endSent, hand } = site;
  const handEntity = hand?.entity ? surnameOwner(hand.entity, site) : null;
  // The previous speaker stays in play for a few sentences (wire copy has no paragraphs to end a speaker's turn).
  const recent = site.lastSentence !== undefined && site.lastSentence >= sent.index - LAST_WINDOW;
  const last = site.last && recent ? surnameOwner(site.last, site) : null;
  const near = mentionsNear(site, new Set([handEntity, last].filter((e): e is Entity => !!e)));
  const pool = new Set<Entity>(near.keys());
  if (handEntity) pool.add(handEntity);
  if (last) pool.add(last);
  const links = linkWords(site);
  // Who the pronouns and definite role nouns beside the quotation stand for, and where they stand.
  const pronounRef = new Map<Entity, StandIn>();
  const roleRef = new Map<Entity, StandIn>();
  // Named only after the quotation: for a pronoun the previous speaker does not fit, or a role noun no one named before holds.
  const ahead = new Map<Entity, StandIn>();
  // The person the text is about, for a definite role noun no one named before holds.
  const roleGuess = new Map<Entity, StandIn>();
  /** A pronoun or a demonstrated noun of gender `want` at `st`: who it points back to, and who is named next when the previous speaker does not fit. */
  const refer = (want: 'm' | 'f' | undefined, st: StandIn, e: Entity | null): void => {
    if (e && !pronounRef.has(e)) pronounRef.set(e, st);
    const next = e ? null : personAhead(site, want);
    if (next && next !== e && !ahead.has(next)) ahead.set(next, st);
  };
  const unnamed: { entity: Entity; st: StandIn; definite: boolean }[] = [];
  for (const st of standIns(site, links)) {
    const t = st.sent.tokens[st.k] as Token;
    if (site.lang.pronouns.has(t.lo) || INVERTED.test(t.lo) || pronounGender(t)) {
      // "they", "sie": a group or an organisation as often as a person.
      const want = pronounGender(t);
      if (want) refer(want, st, personReferent(site, want));
      continue;
    }
    if (demonstrated(st.sent, st.k)) {
      // "“…”, confie ce pilote expérimenté": the person the text is about, like a pronoun.
      const want = DEMONSTRATIVE.get((st.sent.tokens[st.k - 1] as Token).lo);
      refer(want, st, personReferent(site, want));
      continue;
    }
    const role = roleMention(site, st);
    if (!role) continue;
    // "the minister said": the person introduced with that role, else the role itself as the text names it; "the
    // ministry said": the organisation named before with that word in its name ("ministère de l'Agriculture").
    const body = bodyNoun(t, lang);
    const gender = roleGender(st.sent, st.k, lang);
    const fits = (e: Entity): boolean => (body ? e.kind === 'org' && fold(e.name).split(/\P{L}+/u).includes(fold(role.head)) : e.kind === 'person' && holds(e, role.head, role.text) && !genderClash(e, gender));
    const holder = role.definite ? lastBefore(site, fits) : null;
    const held = holder && (body ? holder : surnameOwner(holder, site));
    if (held && !roleRef.has(held)) roleRef.set(held, st);
    // "Selon le Premier ministre, …" after "M. Philippe": a definite role no one was introduced with, for the person the text is about.
    const back = role.definite && !held && !body ? personReferent(site, gender) : null;
    // Named after the quotation: someone introduced with the role, or, when no one before fits, the next person named.
    const next = role.definite && !held && !body ? personAhead(site, gender, role.head, !!back) : null;
    if (next && !ahead.has(next)) ahead.set(next, st);
    if (back && !roleGuess.has(back)) roleGuess.set(back, st);
    // A body the text does not name ("the ministry", "la préfecture") is left to the hand rules: as a candidate of its
    // own it cost French more picks than it won (dev fr coverage .556 → .515).
    if (body || (held && roleRef.get(held) === st)) continue;
    if (!unnamed.some((u) => u.entity.name === role.text)) unnamed.push({ entity: unnamedEntity(role.text), st, definite: role.definite });
  }
  for (const e of [...pronounRef.keys(), ...roleRef.keys(), ...ahead.keys(), ...roleGuess.keys()]) pool.add(e);
  const wantGender = nearPronounGender(site);
  const subjectAfter = afterVerb(site, links);
  // "« … », a indiqué à l'AFP la préfecture du Pas-de-Calais": an organisation (or a country) as the verb's subject.
  const bodyAfter = afterVerb(site, links, ['org', 'place']);
  if (bodyAfter) pool.add(bodyAfter);
  const oneWord = /\s/.test(paragraphs[paragraph]?.slice(quote.innerStart, quote.innerEnd).trim() ?? '') ? 0 : 1;
  const text = paragraphs[paragraph] as string;
  // A headline that quotes someone names them too ("Coronavirus: Philippe « ne croit pas » …").
  const titleWords = new Set(/["«“„]/.test(site.title ?? '') ? site.title?.split(/[^\p{L}'’-]+/u) : []);
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
    if (handEntity === e && hand) {
      f[1] = 1;
      f[2] = hand.confidence;
    }
    if (last === e) f[3] = 1;
    const person = e.kind === 'person' || ms.some((m) => titled(e, m.chunk, lang));
    if (person) f[4] = 1;
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
      // "Netanyahu's party said", not "Moody's noted": a possessive right before a speech verb is part of the name.
      f[21] = toks[c.i1 - 1]?.poss && !(toks[c.i1] && isSpeech(toks[c.i1] as Token, lang)) ? 1 : 0;
      if (best.sentDist === 0 && c.sent.paragraph === paragraph) {
        // "“…,” confie la Mexicaine Eréndira Sanchez": a short lowercase clause between the quotation and the name.
        const gap = best.side > 0 ? text.slice(quote.outerEnd, c.s) : text.slice(c.e, quote.outerStart);
        const inner = text.slice(quote.innerStart, quote.innerEnd);
        if (best.side > 0) f[F_INVERTED] = best.dist <= 6 && /^\s*,?\s*\p{Ll}[^.!?;:"“”«»]*$/u.test(gap) && (/^\s*,/.test(gap) || /[,!?]$/.test(inner)) ? 1 : 0;
        else f[F_INTRO] = best.dist <= 8 && /:\s*$/.test(gap) && !/[.!?;"“”«»]/.test(gap) ? 1 : 0;
        // 'Governor Peter Lang “has put aside his objections”': a name right before a partial quote is its subject.
        f[F_PREDICATE] = best.side < 0 && !gap.trim() && /^\p{Ll}/u.test(inner) ? 1 : 0;
      }
      // The last name before a speech verb that introduces the quotation, in its own sentence: the verb's subject
      // ("A la suite de …, X, ministre …, a déclaré : « … », ajoutant : « … »").
      const names = (site.chunksBySentence.get(c.sent) ?? []).filter((o) => o !== c && ['person', 'org'].includes(resolveEntity(site.entities.byChunk.get(o))?.kind ?? ''));
      f[F_SUBJECT] = c.sent.paragraph === paragraph && links.some((l) => l.sent === c.sent && !l.source && l.at >= c.i1 && !names.some((o) => o.i0 >= c.i1 && o.i1 <= l.at)) ? 1 : 0;
      f[F_LINKED] = links.some((l) => l.sent === c.sent && (l.source ? c.i0 > l.at && c.i0 <= l.at + 3 : l.at >= c.i0 - 3 && l.at <= c.i1 + 2)) ? 1 : 0;
      const qs = site.spans[c.sent.paragraph] ?? [];
      // Not when the candidate is the subject of the verb that introduces this quotation: its own earlier words
      // stand between ("X a déclaré : « … », ajoutant : « … »").
      f[F_BETWEEN] = c.sent.paragraph === paragraph && !f[F_SUBJECT] && qs.some((o) => o !== quote && (best!.side < 0 ? o.outerStart >= c.e && o.outerEnd <= quote.outerStart : o.outerStart >= quote.outerEnd && o.outerEnd <= c.s)) ? 1 : 0;
      dists.push(best.dist);
      nearestDist = Math.min(nearestDist, best.dist);
    } else {
      f[7] = 1;
      f[8] = 1;
      dists.push(Infinity);
    }
    // "he said", "the minister added": how far from the quotation the pronoun or role noun standing for it is.
    const standIn = pronounRef.get(e) ?? roleRef.get(e) ?? ahead.get(e) ?? roleGuess.get(e);
    f[F_GUESS] = roleGuess.has(e) ? 1 : 0;
    f[F_AHEAD] = ahead.has(e) ? 1 : 0;
    // Named in a headline that quotes: likely the one quoted.
    f[F_TITLE] = person && titleWords.has(e.name.split(' ').pop() as string) ? 1 : 0;
    f[F_STAND_IN] = standIn ? 1 - Math.log1p(standIn.dist) / 5 : 0;
    // Named only in earlier sentences but pointed to here: the distance features overstate how far they are.
    f[F_STAND_IN_FAR] = standIn && (!best || best.sentDist > 0) ? 1 : 0;
    f[F_UNLINKED] = links.length === 0 ? 1 : 0;
    // Nothing ties a quotation without a speech verb or source phrase to anyone but the speaker quoted just before.
    f[F_UNLINKED_NEW] = links.length === 0 && last !== e ? 1 : 0;
    // The hand rules finding nobody is evidence for "nobody" that the candidates' own features do not carry.
    f[F_HAND_NONE] = hand?.entity ? 0 : 1;
    f[14] = ms.some((m) => m.insideThis) ? 1 : 0;
    f[15] = ms.length > 0 && outside.length === 0 ? 1 : 0;
    f[18] = Math.log1p(e.mentions.length) / 3;
    f[20] = e.role && e.kind !== 'org' ? 1 : 0;
    f[F_PRONOUN] = pronounRef.has(e) ? 1 : 0;
    f[F_ROLE] = roleRef.has(e) ? 1 : 0;
    f[F_LOOSE] = e.kind === 'other' && !person ? 1 : 0;
    // "a déclaré : « … » entre …, ajoutant : « … »": a second quotation in one sentence keeps its speaker.
    f[F_LAST_SENT] = last === e && site.lastSentence !== undefined && site.lastSentence >= sent.index ? 1 : 0;
    // A quotation with no speech verb or source phrase of its own continues the previous speaker, more so right after.
    f[F_LAST_UNLINKED] = last === e && links.length === 0 ? 1 : 0;
    f[F_LAST_RECENT] = last === e && site.lastSentence !== undefined && site.lastSentence >= sent.index - 2 ? 1 : 0;
    if (wantGender && e.kind === 'person') {
      const g = personGender(e);
      if (g === wantGender) f[22] = 1;
      else if (g) f[23] = 1;
    }
    // Nothing ties a name in another sentence to a quotation without a speech verb, a source phrase or a colon of its
    // own: no speech verb beside the name, not the hand rules' pick, not the previous speaker, no pronoun for it.
    const bare = !f[6] && !f[11] && !f[13] && !f[1] && !f[3] && !standIn;
    f[F_UNTIED] = bare && links.length === 0 ? 1 : 0;
    // The same in another sentence when the quotation's speech verb has a subject of its own.
    f[F_BARE] = bare ? 1 : 0;
    // One quoted token (a term, an address, a name) is rarely anyone's words.
    f[F_ONE_WORD] = oneWord;
    f[F_AFTER_VERB] = subjectAfter === e ? 1 : 0;
    f[F_BODY_AFTER] = bodyAfter === e ? 1 : 0;
    f[F_PLACE] = e.kind === 'place' ? 1 : 0;
    // Named beside a speech verb in an earlier sentence: introduced as a speaker, who may go on without a verb.
    f[F_SPOKE] = outside.some((m) => m.chunk.sent.index < sent.index && speechNextTo(m.chunk, lang)) ? 1 : 0;
    // Most organisations near a quotation are its topic; one a speech verb or "according to" ties to it speaks.
    f[F_ORG_LINKED] = e.kind === 'org' && (f[12] || f[F_LINKED] || f[F_SUBJECT] || f[13]) ? 1 : 0;
    out.push({ entity: e, features: f });
  }
  for (const u of unnamed) {
    const f = new Array<number>(FEATURES.length).fill(0);
    f[0] = 1;
    f[6] = 1;
    f[8] = Math.log1p(u.st.dist) / 5;
    f[9] = u.st.side < 0 ? 1 : 0;
    f[10] = u.st.side > 0 ? 1 : 0;
    f[11] = u.st.source ? 0 : 1;
    f[12] = u.st.source ? 1 : 0;
    f[F_UNNAMED] = 1;
    f[F_DEFINITE] = u.definite ? 1 : 0;
    f[F_LINKED] = 1;
    out.push({ entity: u.entity, features: f });
    dists.push(u.st.dist);
    nearestDist = Math.min(nearestDist, u.st.dist);
  }
  out.forEach((c, i) => (c.features[24] = dists[i] === nearestDist && Number.isFinite(nearestDist) ? 1 : 0));
  return out;
}
