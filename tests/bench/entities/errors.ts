// Sorts the key-fact errors on train + dev (never test) into kinds: a gold name with no candidate at all, a candidate
// cut differently (boundary), left "other", given another type, or kept apart from its own entity (split); an extra
// that is another type's name, a second entry of a found entity, or junk. Prints counts per kind and examples.
import { analyzeArticle } from '../../../src/core/analyze/index';
import type { Entity as Candidate } from '../../../src/core/analyze/entities';
import { sameName, nameWords } from '../lib/names.mjs';
import type { Entity } from '../quotes-corpus/gold';
import { corpusArticles } from './corpus';

type Type = 'people' | 'places' | 'organisations';
const TYPES: Type[] = ['people', 'places', 'organisations'];
const KIND: Record<Type, string> = { people: 'person', places: 'place', organisations: 'org' };

const exact = (a: string, b: string): boolean => nameWords(a).join(' ') === nameWords(b).join(' ');
const namesOf = (g: Entity): string[] => [g.name, ...g.aliases];

export function run(repo: string, args: string[]): void {
  const splits = args.includes('--dev') ? ['dev'] : args.includes('--train') ? ['train'] : ['train', 'dev'];
  const kinds = new Map<string, string[]>();
  const add = (kind: string, ex: string): void => {
    kinds.set(kind, [...(kinds.get(kind) ?? []), ex]);
  };
  for (const { article, gold } of corpusArticles(repo, splits)) {
    let cands: Candidate[] = [];
    const d = analyzeArticle(
      { paragraphs: article.paragraphs, lang: article.lang, ...(article.title ? { title: article.title } : {}) },
      { entities: { trace: (list) => (cands = list) } },
    );
    const found: Record<Type, string[][]> = {
      people: d.facts.people.map((x) => [x.name]),
      places: d.facts.places.map((x) => [x.text]),
      organisations: d.facts.organisations.map((x) => [x.text, ...x.aliases]),
    };
    const tag = `${article.lang} ${article.id.slice(0, 14)}`;
    for (const t of TYPES) {
      const used = new Set<number>();
      const dup: string[][] = [];
      for (const names of found[t]) {
        const gi = gold[t].findIndex((g, i) => !used.has(i) && namesOf(g).some((n) => names.some((m) => sameName(m, n))));
        if (gi >= 0) {
          used.add(gi);
          continue;
        }
        const shown = names.join(' / ');
        if (gold[t].some((g) => namesOf(g).some((n) => names.some((m) => sameName(m, n))))) dup.push(names);
        else {
          const other = TYPES.find((o) => o !== t && gold[o].some((g) => namesOf(g).some((n) => names.some((m) => sameName(m, n)))));
          if (other) add(`extra ${t}: is ${other}`, `${tag} ${shown}`);
          else add(`extra ${t}: junk`, `${tag} ${shown}`);
        }
      }
      for (const names of dup) add(`extra ${t}: second entry of one entity`, `${tag} ${names.join(' / ')}`);
      gold[t].forEach((g, i) => {
        if (used.has(i)) return;
        const shown = `${tag} ${g.name}`;
        const hit = cands.filter((c) => namesOf(g).some((n) => [c.name, ...c.aliases].some((m) => exact(m, n))));
        const loose = cands.filter((c) => namesOf(g).some((n) => [c.name, ...c.aliases].some((m) => sameName(m, n))));
        if (!hit.length && !loose.length) add(`missed ${t}: no candidate`, shown);
        else if (!hit.length) add(`missed ${t}: boundary`, `${shown} ← ${loose.map((c) => `${c.name}[${c.kind}]`).join(', ')}`);
        else {
          const kinds: string[] = hit.map((c) => (c.mentions.length ? c.kind : 'merged'));
          const k = kinds.includes(KIND[t]) ? 'merged' : kinds.includes('other') ? 'other' : kinds.includes('merged') ? 'merged' : kinds[0];
          add(`missed ${t}: ${k === KIND[t] ? 'kept apart' : `classed ${k}`}`, `${shown} ← ${hit.map((c) => `${c.name}[${c.kind}]`).join(', ')}`);
        }
      });
    }
  }
  const show = Number(args.find((a) => /^\d+$/.test(a)) ?? 8);
  for (const [k, xs] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n## ${k}: ${xs.length}`);
    for (const x of xs.slice(0, show)) console.log(`  ${x}`);
  }
}
