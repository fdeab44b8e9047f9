// Turns entities, dates and figures into the digest's ranked key facts (with acronym aliases merged).
import type { Sentence, Token } from './segment';
import type { Chunk } from './names';
import { nameKey } from './names';
import type { Entity } from './entities';
import type { DateHit } from './dates';
import type { FigureHit } from './figures';
import type { Digest, Ref, Fact } from './types';
import type { Lang } from './lang/registry';
import { ORG_WORDS, PATTERNS, fold } from './lang/common';

const refOf = (s: Sentence): Ref => ({ paragraph: s.paragraph, start: s.start, end: s.end });

/** Salience: mentions, boosted when the first mention is early in the article. */
function salience(e: Entity, total: number): number {
  const first = Math.min(...e.mentions.map((c) => c.sent.index));
  return e.mentions.length + 1 - first / Math.max(1, total);
}

function initials(words: string[], lang: Lang): string {
  return fold(words.map((w) => w.replace(/['’]$/, '')).filter((w) => !lang.stop.has(w.toLowerCase()) && !PATTERNS.initialsSkip.test(w)).map((w) => w[0] ?? '').join(''));
}

/** True when text[from, to) is an opening parenthesis after nothing but spaces (checked from its end: most gaps are not). */
const opensBefore = (text: string, from: number, to: number): boolean => to > from && text[to - 1] === '(' && /^\s*$/.test(text.slice(from, to - 1));

/**
 * "État islamique (EI)", "Arcep (l'Autorité de régulation des communications …)": the short form becomes an alias of
 * the long name. Returns short form → long form text; "" when the long form is lowercase, a common noun's
 * abbreviation ("fournisseurs d'accès à Internet (FAI)").
 */
export function acronymPairs(paragraphs: string[], sentences: Sentence[], lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sentences) {
    const text = paragraphs[s.paragraph] as string;
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      const next = toks[i + 1];
      if (next && opensBefore(text, t.e, next.s) && /^\p{Lu}\p{L}{1,6}$/u.test(t.t)) {
        let a = i + 1;
        while (toks[a] && /['’]$/.test((toks[a] as Token).t)) a++;
        for (let b = a; b < Math.min(toks.length, i + 16); b++) {
          if (text[(toks[b] as Token).e] !== ')') continue;
          if (initials(toks.slice(a, b + 1).map((x) => x.t), lang) === fold(t.t)) out.set(t.t, text.slice((toks[a] as Token).s, (toks[b] as Token).e));
          break;
        }
      }
      const prev = toks[i - 1];
      if (text[t.e] !== ')' || !prev || !opensBefore(text, prev.e, t.s) || !/^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(t.t)) continue;
      // Try the shortest run of preceding words whose initials spell the acronym.
      let a = i - 1;
      for (; a >= Math.max(0, i - 10); a--) {
        if (initials(toks.slice(a, i).map((x) => x.t), lang) === fold(t.t.replace(/\d/g, ''))) {
          const first = toks[a] as Token;
          out.set(t.t, first.cap ? text.slice(first.s, prev.e) : '');
          break;
        }
      }
      // "Estado Islámico (ISIS)": letters of another language, right after an organisation's name.
      for (a = i - 1; a > 0 && (toks[a] as Token).cap && (toks[a - 1] as Token).cap && /^\s$/.test(text.slice((toks[a - 1] as Token).e, (toks[a] as Token).s)); a--);
      if (!out.has(t.t) && a < i - 1 && toks.slice(a, i).some((x) => ORG_WORDS.has(fold(x.lo)))) out.set(t.t, text.slice((toks[a] as Token).s, prev.e));
    }
  }
  return out;
}

export function assembleFacts(
  entities: Entity[],
  sentences: Sentence[],
  dates: DateHit[],
  figures: FigureHit[],
  acronyms: Map<string, string>,
  allText: string,
): Digest['facts'] {
  const total = sentences.length;
  const live = entities.filter((e) => e.mentions.length > 0 && e.kind !== 'other');
  const salient = new Map(live.map((e) => [e, salience(e, total)]));
  const byScore = (a: Entity, b: Entity): number => (salient.get(b) as number) - (salient.get(a) as number);
  const firstRef = (e: Entity): Ref => refOf(e.mentions.reduce((m: Chunk, c) => (c.sent.index < m.sent.index ? c : m), e.mentions[0] as Chunk).sent);

  const people = live
    .filter((e) => e.kind === 'person')
    .sort(byScore)
    .map((e) => ({ name: e.name, ...(e.role ? { role: e.role } : {}), mentions: e.mentions.length, ref: firstRef(e) }));
  const places: Fact[] = live
    .filter((e) => e.kind === 'place')
    .sort(byScore)
    .map((e) => ({ text: e.name, mentions: e.mentions.length, ref: firstRef(e) }));

  // Organisations: merge acronym and long form; the long form is counted by its occurrences in the text.
  const orgs = live.filter((e) => e.kind === 'org');
  const merged = new Map<Entity, { name: string; aliases: Set<string>; extra: number }>();
  const absorbed = new Set<Entity>();
  const longs = orgs.map((e) => acronyms.get(e.name)).filter((l): l is string => !!l);
  // The article's text as one name key, made once for all the long forms counted in it.
  let textKey: string | undefined;
  // A chunk cut short inside long forms ("Autorité de régulation" before lowercase words) is one of them.
  for (const o of orgs) if (o.mentions.every((c) => longs.some((l) => l !== o.name && c.sent.text.startsWith(l, c.s - c.sent.start)))) absorbed.add(o);
  for (const e of orgs) {
    const long = acronyms.get(e.name);
    if (!long) continue;
    const longKey = nameKey(long);
    const firstWord = longKey.split(' ')[0] ?? '';
    // The long form's own chunk ("Etat" of "Etat islamique") joins the acronym.
    for (const o of live) if (o !== e && (o.key === longKey || o.key === firstWord)) absorbed.add(o);
    const occurrences = countOccurrences((textKey ??= nameKey(allText)), longKey);
    merged.set(e, { name: long, aliases: new Set([e.name]), extra: Math.max(0, occurrences - 1) });
  }
  const organisations = orgs
    .filter((e) => !absorbed.has(e))
    .sort(byScore)
    .map((e) => {
      const m = merged.get(e);
      const aliases = new Set([...(m?.aliases ?? []), ...e.aliases]);
      aliases.delete(m?.name ?? e.name);
      return { text: m?.name ?? e.name, aliases: [...aliases], mentions: e.mentions.length + (m?.extra ?? 0), ref: firstRef(e) };
    });

  const dmap = new Map<string, { text: string; iso: string; mentions: number; ref: Ref }>();
  for (const d of dates) {
    const cur = dmap.get(d.iso);
    if (cur) cur.mentions++;
    else dmap.set(d.iso, { text: d.text, iso: d.iso, mentions: 1, ref: refOf(d.sent) });
  }
  const fmap = new Map<string, Digest['facts']['figures'][number]>();
  for (const f of figures) {
    const key = `${f.kind}:${f.value}:${f.unit ?? ''}:${(f.counts ?? '').toLowerCase()}`;
    const cur = fmap.get(key);
    if (cur) {
      cur.mentions++;
      continue;
    }
    const fig: Digest['facts']['figures'][number] = { text: f.text, value: f.value, kind: f.kind, mentions: 1, ref: refOf(f.sent) };
    if (f.unit) fig.unit = f.unit;
    if (f.counts) fig.counts = f.counts;
    fmap.set(key, fig);
  }
  return { people, places, organisations, dates: [...dmap.values()], figures: [...fmap.values()] };
}

/** Non-overlapping occurrences of one name key in another. */
function countOccurrences(h: string, n: string): number {
  let c = 0;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) c++;
  return c;
}
