// Scores the key facts (people, places, organisations with their aliases) on the quotation corpus
// (tests/fixtures/analyze/corpus), per split and language, and marks each figure below its target (issue 12).
import { analyzeArticle } from '../../../src/core/analyze/index';
import { matchEntities } from '../quotes-corpus/corpus.mjs';
import { corpusArticles } from './corpus';
import { TARGETS, type Type } from './targets';

interface Counts { tp: number; fp: number; fn: number }
const TYPES: Type[] = ['people', 'places', 'organisations'];

const p = (c: Counts): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0);
const r = (c: Counts): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0);
const mark = (x: number, target: number): string => `${x.toFixed(3)}${x < target ? ' ✗' : ''}`;

export function run(repo: string, args: string[]): void {
  const splits = args.includes('--test') ? ['train', 'dev', 'test'] : ['train', 'dev'];
  const cells = new Map<string, Record<Type, Counts>>();
  const errors: string[] = [];
  for (const { article, gold } of corpusArticles(repo, splits)) {
    const d = analyzeArticle({ paragraphs: article.paragraphs, lang: article.lang, ...(article.title ? { title: article.title } : {}) });
    const found: Record<Type, string[][]> = {
      people: d.facts.people.map((x) => [x.name]),
      places: d.facts.places.map((x) => [x.text]),
      organisations: d.facts.organisations.map((x) => [x.text, ...x.aliases]),
    };
    for (const key of [`${article.split} all`, `${article.split} ${article.lang}`]) {
      if (!cells.has(key)) cells.set(key, { people: { tp: 0, fp: 0, fn: 0 }, places: { tp: 0, fp: 0, fn: 0 }, organisations: { tp: 0, fp: 0, fn: 0 } });
      for (const t of TYPES) matchEntities(found[t], gold[t], (cells.get(key) as Record<Type, Counts>)[t]);
    }
    if (article.split === 'test' || !args.includes('--errors')) continue;
    for (const t of TYPES) {
      const one = { tp: 0, fp: 0, fn: 0 };
      for (const names of found[t]) {
        matchEntities([names], gold[t], one);
        if (one.fp) errors.push(`${article.id} ${t}: extra ${names.join(' / ')}`);
        one.fp = 0;
      }
      for (const g of gold[t]) {
        matchEntities(found[t], [g], one);
        if (one.fn) errors.push(`${article.id} ${t}: missed ${g.name}`);
        one.fn = 0;
      }
    }
  }
  console.log('## Key facts on the quotation corpus (✗: below the target of issue 12)\n');
  console.log(`| split / lang | people P / R (≥ ${TARGETS.people.join(' / ')}) | places P / R (≥ ${TARGETS.places.join(' / ')}) | orgs P / R (≥ ${TARGETS.organisations.join(' / ')}) |`);
  console.log('|---|---|---|---|');
  for (const split of splits) {
    const keys = [...cells.keys()].filter((k) => k.startsWith(`${split} `)).sort((a, b) => (a.endsWith(' all') ? -1 : b.endsWith(' all') ? 1 : a.localeCompare(b)));
    for (const key of keys) {
      const c = cells.get(key) as Record<Type, Counts>;
      console.log(`| ${key} | ${TYPES.map((t) => `${mark(p(c[t]), TARGETS[t][0])} / ${mark(r(c[t]), TARGETS[t][1])}`).join(' | ')} |`);
    }
  }
  if (errors.length) console.log(`\n### train/dev errors\n${errors.join('\n')}`);
}
