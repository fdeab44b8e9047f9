// node tests/bench/entities/explain.mjs <corpus article .json | golden page name> <word> — debugging aid: the features
// and kinds of the entity candidates whose name holds the word, in one corpus article or one golden fixture page.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { FEATURES } from '../../../src/core/analyze/entity-features';
import type { Entity } from '../../../src/core/analyze/entities';
import { entityModel, kindProbabilities } from '../../../src/core/analyze/entity-model';
import { getLang } from '../../../src/core/analyze/lang/registry';
import { goldenCases, withPrepared } from '../../unit/support/golden';

function input(repo: string, what: string): { paragraphs: string[]; lang?: string; title?: string } | null {
  if (what.endsWith('.json')) return JSON.parse(fs.readFileSync(path.resolve(repo, what), 'utf8'));
  const fixtures = path.join(repo, 'tests/fixtures');
  const c = goldenCases(fixtures).find((g) => g.name === what);
  return c ? withPrepared(fixtures, c, (prepared) => prepared?.input ?? null) : null;
}

export function run(repo: string, args: string[]): void {
  const [what, word] = args as [string, string];
  const given = input(repo, what);
  if (!given) throw new Error(`no such article or page: ${what}`);
  let list: Entity[] = [];
  let features = new Map<Entity, number[]>();
  const d = analyzeArticle({ paragraphs: given.paragraphs, ...(given.lang ? { lang: given.lang } : {}), ...(given.title ? { title: given.title } : {}) }, { entities: { trace: (l, f) => ((list = l), (features = f)) } });
  for (const e of list.filter((x) => x.name.includes(word))) {
    const x = features.get(e) as number[];
    const on = FEATURES.map((f, i) => [f, x[i] as number] as const).filter(([, v]) => v);
    const model = entityModel(getLang(d.lang));
    const ps = model ? ` p(other/person/place/org) ${kindProbabilities(model, x).map((v) => v.toFixed(2)).join(' ')}` : '';
    console.log(`${e.name} → ${e.kind}${ps} (${e.mentions.length} mentions${e.aliases.size ? `, aliases ${[...e.aliases].join(' / ')}` : ''}): ${on.map(([f, v]) => (v === 1 ? f : `${f} ${v.toFixed(1)}`)).join(', ')}`);
  }
}
