// People, places and organisations: candidates (entity-candidates.ts) classified by the cues around their mentions
// (entity-features.ts) and by what the names look like.
import type { Lang } from './lang/registry';
import type { Sentence } from './segment';
import { type Chunk, type Vocab, nameKey, isAcronym, placeDemonym } from './names';
import { ARTICLES, NAME_PARTICLES, EVENT_WORDS, GENERIC_ORG_NOUNS, ORG_WORDS, NON_ORG_ACRONYMS, PLACE_WORDS, PLACE_ACRONYMS, PRODUCT_TAILS, LAW_WORDS, ROMANCE_LANGS } from './lang/common';
import { type Entities, type Entity, collectCandidates, hasTitle, mergeInto, roleAfter, roleBefore } from './entity-candidates';
import { type EntityModel, decideKind, entityModel } from './entity-model';
import { GROUP_PLURAL, brandSpelling, entityFeatures, introduced, isGiven, maybeNoun, personShape, plainPersonName, afterArticle, afterPlural, creditCue, creditLine, isSpeechBefore, isSpeechNext, initialsAt, lawName, orgCue, orgListBefore, placeCue, placeHead, placeNounAfter, placeStarter, singularBefore, workAfter, workBefore, yearAfter } from './entity-features';

export type { Kind, Entity, Entities } from './entity-candidates';
export { rolePhrase, resolveEntity } from './entity-candidates';
export { employerBefore } from './entity-features';

export interface EntityOptions {
  /** Weights to use instead of the language's (the trainer's settings search). */
  model?: EntityModel;
  /** Called with the candidates and their features before the model decides (the trainer). */
  trace?: (list: Entity[], features: Map<Entity, number[]>) => void;
}
import { isKnownPlace } from './lang/places';
import { isKnownOrg } from './lang/orgs';

/** Classifies all chunks of the document into entities. */
export function buildEntities(
  text: (p: number) => string,
  chunks: Chunk[],
  lang: Lang,
  vocab: Vocab = { lower: new Set(), adjective: new Set() },
  inTitle: (c: Chunk) => boolean = () => false,
  acronyms: Map<string, string> = new Map(),
  options: EntityOptions = {},
): Entities {
  const { list, byChunk } = collectCandidates(text, chunks, lang);
  for (const e of list) for (const c of e.mentions) {
    if (c.dateline) e.cue.place += 3;
    if (c.institution) e.cue.org += 4;
    const t = text(c.sent.paragraph);
    const key = e.key;
    const words = key.split(' ');
    if (hasTitle(c, lang)) e.cue.person += 2;
    if (roleBefore(t, c, lang) ?? roleAfter(t, c, lang)) e.cue.person += 2;
    const pc = placeCue(t, c, lang);
    if (pc === 2) e.cue.place += 2;
    // "nach Angaben", "in Betracht": a German noun after a place preposition is no place; "from Alex Heath": a
    // preposition alone does not make a two-word name a place.
    else if (pc === 1 && ((words.length === 1 && !maybeNoun(c, lang)) || !/^\p{Lu}\p{Ll}+$/u.test(c.text.split(' ')[0] ?? ''))) e.cue.place++;
    if (words.some((w) => EVENT_WORDS.has(w))) e.cue.event++;
    if (lawName(words, lang)) e.cue.law++;
    if (inTitle(c) || workBefore(t, c, lang)) e.cue.work++;
    if (words.length > 1 && isGiven(words[0] as string, lang)) e.cue.first++;
    if (words.some((w) => ORG_WORDS.has(w))) e.cue.org += 3;
    if (placeHead(words)) e.cue.place += 2;
    if (placeStarter(words)) e.cue.place += 2;
    if (orgCue(t, c, lang)) e.cue.org += 3;
    if (placeNounAfter(t, c, lang)) e.cue.place += 3;
    if (singularBefore(c, lang)) e.cue.one = 1;
    // "(A.H.)" closing a paragraph: a writer's initials, not an agency.
    if (words.length === 1 && creditCue(t, c)) {
      if (initialsAt(t, c)) e.cue.common++;
      else e.cue.org += 3;
    }
    if (words.length === 1 && !hasTitle(c, lang) && isSpeechNext(c, lang)) e.cue.speaks++;
    if (isSpeechNext(c, lang) || isSpeechBefore(c, lang)) e.cue.verb++;
    // "les Français", "deux Français", "los Verdes": a plural determiner makes a single word a group noun.
    if (words.length === 1 && /[sx]$/.test(e.key) && afterPlural(c, lang) && !isKnownPlace(key)) e.cue.common++;
    if (yearAfter(t, c) || workAfter(t, c, lang)) e.cue.work++; // "Man on the Moon (2000)", "Vape Wave (documentaire, 1h28)"
    if (orgListBefore(c, lang)) e.cue.org += 3;
    // "AgileBits", "SpaceX", "CNNMoney", "SmartAsset.com": brand spelling makes a company (a model number after it makes a product); a web address, surely.
    const brand = brandSpelling(t, c);
    if (brand) e.cue.org += brand + 1;
    if (afterArticle(c, lang)) {
      // German capitalises every noun: after an article a single word is a common noun, not a name.
      if (lang.code === 'de' && words.length === 1 && !isAcronym(c.text)) e.cue.common++;
      else e.cue.the++;
    }
    if (isKnownPlace(key)) e.cue.place += 4;
    if (isKnownOrg(key)) e.cue.org += 4;
    // A short form spelled out by an organisation's name in brackets is one; spelled out in lowercase words, a common noun.
    const long = acronyms.get(c.text);
    if (long === '') e.cue.common++;
    else if (long && nameKey(long).split(' ').some((w) => ORG_WORDS.has(w))) e.cue.org += 3;
    else if (isAcronym(c.text)) {
      const bare = key.replace(/[.\s]/g, '');
      if (PLACE_ACRONYMS.has(bare)) e.cue.place += 3;
      else if (!NON_ORG_ACRONYMS.has(bare) && !/^[ivxlcdm]+$|\d/.test(bare)) e.cue.org += 2;
    }
    if (words.some((w) => PLACE_WORDS.has(w)) && words.length > 1) e.cue.place += 2;
  }
  classify(list, vocab, lang, text);
  // The rules' kinds are features among the cues; the fitted weights decide.
  const live = list.filter((e) => e.mentions.length > 0 && !e.cue.veto);
  const multi = list.filter((e) => e.key.includes(' ') && !isAcronym(e.name));
  const ends = new Set(multi.flatMap((e) => [e.key.slice(0, e.key.indexOf(' ')), e.key.slice(e.key.lastIndexOf(' ') + 1)]));
  // The rules' kinds of the names each mention is listed with ("Pepsi, Costco and Winnebago").
  const mates = new Map<Chunk, Entity[]>();
  const heads = new Map<Chunk, Chunk>();
  // One list of pairs for the whole decision: no mention moves between the rules' kinds and the model's.
  const pairs = listPairs(list);
  coordinate(pairs);
  for (const [a, b, c, d] of pairs) {
    mates.set(c, [...(mates.get(c) ?? []), b]);
    mates.set(d, [...(mates.get(d) ?? []), a]);
    heads.set(d, heads.get(c) ?? c);
  }
  const ctx = { text, lang, vocab, inTitle, acronyms, singles: new Set(list.filter((e) => !multi.includes(e)).map((e) => e.key)), ends, mates, heads };
  const features = new Map(live.map((e) => [e, entityFeatures(e, ctx)]));
  options.trace?.(live, features);
  const model = entityModel(lang, options.model);
  if (model) for (const e of live) e.kind = decideKind(model, features.get(e) as number[], introduced(features.get(e) as number[]));
  // Members of one list share a kind, as the weights decided it for one of them ("Zeltbau, Rotmoor oder Kanalfix").
  if (model) coordinate(pairs);
  joinShortForms(live);
  return { list, byChunk };
}

/** Initials of a name's words, articles and links left out ("united states of america" → "usa"). */
const initialsOf = (key: string): string => key.split(' ').filter((w) => !NAME_PARTICLES.has(w) && !ARTICLES.has(w)).map((w) => w[0]).join('');

/**
 * One entity per referent once the kinds are decided: a word used alone joins the one person whose full name ends with
 * it ("Obama" → "Barack Obama", "Lopes" → "Rosaly Lopes") or, when it is a person's given name, starts with it; an
 * acronym joins the one place or organisation it abbreviates ("U.S." → "United States", "EU" → "European Union").
 * The gazetteers' names stay apart ("Washington" beside "George Washington").
 */
function joinShortForms(list: Entity[]): void {
  const whole = list.filter((e) => e.kind !== 'other' && e.key.includes(' ') && !isAcronym(e.name));
  // A personal name has no "of" or "and" ("Founders of Netscape" does not own "Netscape").
  const personal = (m: Entity): boolean => m.kind === 'person' && !/ (?:of|and) /.test(m.key);
  for (const e of list) {
    if (!e.mentions.length || whole.includes(e)) continue;
    const acronym = isAcronym(e.name);
    if (!acronym && (e.key.includes(' ') || isKnownPlace(e.key) || isKnownOrg(e.key))) continue;
    const letters = e.key.replace(/[.\s]/g, '');
    const owners = acronym
      ? whole.filter((m) => m.kind !== 'person' && initialsOf(m.key) === letters)
      : whole.filter((m) => personal(m) && (m.key.endsWith(' ' + e.key) || (e.kind === 'person' && m.key.startsWith(e.key + ' '))));
    if (owners.length === 1) mergeInto(owners[0] as Entity, e);
  }
}

/** "Apple Pay", "Twitter Lite", "Vision Pro": a product of a known organisation or a name ending in a product word, unless a person's cue says otherwise. */
function productName(e: Entity, orgKeys: Set<string>): boolean {
  const parts = e.key.split(' ');
  return e.cue.person === 0 && (orgKeys.has(parts[0] as string) || PRODUCT_TAILS.has(parts[parts.length - 1] as string));
}

/** Words a personal name is made of (personShape), unless cues make the name an event, a law, a work or a product. */
function nameLike(e: Entity, orgKeys: Set<string>): boolean {
  // Events, laws and titles of works are not people; a person may also appear once in a title ("Dans la tête d'Alan Moore").
  if (e.cue.event || e.cue.law || e.cue.work * 2 >= e.mentions.length) return false;
  return !productName(e, orgKeys) && personShape(e.name);
}

/** "I'm", "Wouldn't", "Isn't Fun": a contraction in a capitalised run is no name's word. */
const CONTRACTION = /(?:^|\s)(?:I['’](?:m|d|ll|ve)|\p{L}+n['’]t)(?=\s|$)/iu;

function classify(list: Entity[], vocab: Vocab, lang: Lang, text: (p: number) => string): void {
  const german = lang.code === 'de';
  const singles = list.filter((e) => !e.key.includes(' ') || isAcronym(e.name));
  const real = (e: Entity): number => e.mentions.filter((c) => !c.initial).length;
  // Single words that will be organisations: cue, or repeated without any other cue.
  const orgKeys = new Set(singles.filter((e) => e.cue.place < 4 && e.cue.person === 0 && !e.cue.common && (e.cue.org > 0 || real(e) >= 2)).map((e) => e.key));
  const multi = list.filter((e) => e.key.includes(' ') && !isAcronym(e.name));
  // A surname used alone elsewhere confirms a person ("Barack Obama" … "Obama").
  const singleKeys = new Set(singles.map((e) => e.key));
  for (const e of multi) {
    const last = e.key.split(' ').pop() as string;
    if (singleKeys.has(last) && plainPersonName(e.key.split(' '), vocab, lang)) e.cue.person += 1;
  }
  // Multi-word names first, so single words can join them as short forms ("Hollande" → "François Hollande").
  for (const e of multi) {
    const { person, place, org } = e.cue;
    // "New Zealanders", "North Africans": groups of people; laws and works are no entities; nor is "Wouldn't".
    // Events and competitions are left out too ("Copa América", "Hurricane Sandy"), unless an organisation's or place's cue
    // says otherwise ("Election Commission").
    const event = e.cue.event > 0 && org === 0 && place < 4;
    if ((placeDemonym(e.key) && org < 3) || e.cue.law || event || e.cue.work * 2 >= e.mentions.length || CONTRACTION.test(e.name)) {
      e.cue.veto = 1;
      continue;
    }
    const like = nameLike(e, orgKeys);
    if (place >= 4 && place >= org) e.kind = 'place';
    else if (org >= 3 && org >= person) e.kind = 'org';
    else if (person > 0 && like) e.kind = 'person';
    else if (place > 0 && place >= e.mentions.length / 2) e.kind = 'place';
    // "the White House", "the Arab Spring": names that take an article are not people.
    // German capitalises every noun: there a person also needs a first name, an initial or a speech verb.
    else if (
      like &&
      !e.cue.the &&
      e.key.split(' ').length <= 3 &&
      plainPersonName(e.key.split(' '), vocab, lang) &&
      e.mentions.some((c) => (!c.initial || c.i1 - c.i0 >= 2) && (!c.heading || e.cue.first > 0 || creditLine(text(c.sent.paragraph), c))) &&
      (!german || e.cue.first > 0 || e.cue.verb > 0 || /^\p{Lu}\.?$/u.test(e.name.split(' ')[1] ?? ''))
    )
      e.kind = 'person';
    // A product the rules left unnamed stays so, whatever the weights say.
    if (e.kind === 'other' && productName(e, orgKeys)) e.cue.veto = 1;
  }
  for (const e of list) {
    if (e.kind !== 'other' || (e.key.includes(' ') && !isAcronym(e.name))) continue;
    const { person, place, org } = e.cue;
    const longer = multi.find((m) => m.kind === 'person' && m.key !== e.key && (m.key.endsWith(' ' + e.key) || m.key.startsWith(e.key + ' ')));
    // "Instituto" → "Instituto Lula", "Harvard" → "Harvard University": the first word of a longer organisation or place,
    // unless it has place cues of its own ("in Brooklyn … Brooklyn Bridge").
    const whole = longer ?? (person || place > 1 || isAcronym(e.name) ? undefined : multi.find((m) => (m.kind === 'org' || m.kind === 'place') && m.key.startsWith(e.key + ' ')));
    if (whole && org < (longer ? 1 : 4) && place < 4) {
      mergeInto(whole, e);
      continue;
    }
    const realMentions = real(e);
    if (excluded(e, multi, real, lang)) {
      e.cue.veto = 1;
      continue;
    }
    const acronymOnce = isAcronym(e.name) && e.mentions.length < 2 && org < 3 && !e.cue.the;
    const best = Math.max(person, place, org);
    if (place >= 4 || (place > 0 && place === best && place > org)) e.kind = 'place';
    // An acronym alone ("MD", "CEO") is a person only with a title.
    else if (person > 0 && person === best && !(isAcronym(e.name) && !e.mentions.some((c) => hasTitle(c, lang)))) e.kind = 'person';
    else if (org > 0) e.kind = acronymOnce ? 'other' : 'org';
    else if (GROUP_PLURAL.test(e.key) && !e.cue.one) continue;
    // German capitalises every noun: a repeated capitalised word alone proves nothing there.
    else if (german) continue;
    // A word the language writes in lowercase ("Metrics", "Online") is no organisation for being repeated.
    else if ((realMentions >= 2 || (e.cue.the && e.mentions.length >= 2) || e.cue.speaks) && !lang.common.has(e.key)) e.kind = 'org';
  }
  // "BBC News" beside "BBC", "Volkswagen Group" beside "Volkswagen": one organisation, named by its short form.
  for (const m of multi) {
    const [head, ...rest] = m.key.split(' ');
    const short = m.kind === 'org' && rest.every((w) => GENERIC_ORG_NOUNS.has(w)) && singles.find((s) => s.key === head && s.kind === 'org');
    if (short) mergeInto(short, m);
  }
}

/** Single words the rules exclude whatever the weights say: parts of titles, laws, common and generic nouns, model numbers. */
function excluded(e: Entity, multi: Entity[], real: (e: Entity) => number, lang: Lang): boolean {
  const { person, place, org } = e.cue;
  // "le Premier ministre", "el Primer ministro": in the Romance languages a word before a lowercase role noun opens the role.
  if (ROMANCE_LANGS.test(lang.code) && e.mentions.every((c) => {
    const n = c.sent.tokens[c.i1];
    return !!n && n.s - c.e === 1 && lang.roles.has(n.t);
  })) return true;
  // "Mario" of "Super Mario Run": a word of a work's title, with no cue of its own.
  if (!person && !org && !place && multi.some((m) => m.kind === 'other' && m.cue.work && m.key.split(' ').includes(e.key))) return true;
  if ((e.cue.work && !isKnownOrg(e.key)) || e.cue.law) return true; // a known organisation may name a work ("Mozilla Manifesto")
  // A generic organisation noun alone ("Government", "l'État", "Autorité") is a common noun, not a name.
  if (!isAcronym(e.name) && GENERIC_ORG_NOUNS.has(e.key)) return true;
  if (LAW_WORDS.has(e.key)) return true; // "the Amendment", "the Bill"
  if (isAcronym(e.name) && NON_ORG_ACRONYMS.has(e.key.replace(/[.\s]/g, '')) && place < 3) return true; // "MD", "DVD"
  // "CEOs": the plural of a common acronym.
  if (/^\p{Lu}{2,}s$/u.test(e.name) && NON_ORG_ACRONYMS.has(e.key.slice(0, -1))) return true;
  // "I'm", "Wouldn't": a contraction opening a sentence.
  if (CONTRACTION.test(e.name)) return true;
  // "S", "S.": an initial left alone (a citation's "Rosenberg, S."), never a name by itself.
  if (/^\p{L}\.?$/u.test(e.name)) return true;
  // "(A.H.)": a writer's initials in brackets.
  if (/^\p{Lu}\.\p{Lu}\.?$/u.test(e.name) && e.mentions.every((c) => /\(\s*$/.test(c.sent.text.slice(0, c.s - c.sent.start)))) return true;
  // An acronym with digits is a model ("PS4", "A350"), not an organisation, unless a noun says so ("G40 faction").
  if (isAcronym(e.name) && /\d/.test(e.name) && place < 3 && org < 3) return true;
  // A lone capitalised word seen only at sentence starts is an ordinary word ("Enfin", "Désormais").
  if (real(e) === 0 && org < 2 && place < 3) return true;
  if (e.cue.common && org < 2 && place < 4) return true;
  return false;
}

/** Pairs of names next to each other in one list ("Evernote, Dropbox oder Google", "Cuba and Iran"), with their entities. */
function listPairs(list: Entity[]): [Entity, Entity, Chunk, Chunk][] {
  const owner = new Map<Chunk, Entity>();
  for (const e of list) for (const c of e.mentions) owner.set(c, e);
  const bySent = new Map<Sentence, Chunk[]>();
  for (const c of owner.keys()) bySent.set(c.sent, [...(bySent.get(c.sent) ?? []), c]);
  const out: [Entity, Entity, Chunk, Chunk][] = [];
  for (const cs of bySent.values()) {
    cs.sort((a, b) => a.s - b.s);
    for (let i = 0; i + 1 < cs.length; i++) {
      const [c, d] = [cs[i], cs[i + 1]] as [Chunk, Chunk];
      if (/^\s*(?:,|,?\s*(?:and|or|et|ou|y|o|und|oder|e)\s)\s*$/.test(c.sent.text.slice(c.e - c.sent.start, d.s - c.sent.start))) out.push([owner.get(c) as Entity, owner.get(d) as Entity, c, d]);
    }
  }
  return out;
}

/** Members of one list share a kind: "Evernote, Dropbox oder Google", "Cuba and Iran". */
function coordinate(pairs: [Entity, Entity, Chunk, Chunk][]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const [a, b] of pairs) {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const free = x.kind === 'other' && !x.cue.veto && !x.cue.common && !x.cue.work && !x.cue.law && !x.cue.event && x.mentions.length > 0;
        if (free && (y.kind === 'org' || y.kind === 'place') && !x.key.includes(' ')) x.kind = y.kind;
      }
    }
  }
}
