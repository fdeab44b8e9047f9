// Explains the speaker model's choices on one page: each quotation's candidates with their probability and the
// features that weigh most. `node tests/bench/quotes-corpus/explain.mjs <golden page name | corpus article id> [paragraph]`.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle, type AnalyzeInput } from '../../../src/core/analyze/index';
import { FEATURES } from '../../../src/core/analyze/attribution-features';
import { ATTRIBUTION, THRESHOLDS, speakerProbabilities } from '../../../src/core/analyze/attribution-model';
import { goldenCases, withPrepared } from '../../unit/support/golden';
import type { Article } from './gold';

function input(repo: string, name: string): AnalyzeInput | null {
  const corpus = path.join(repo, 'tests/fixtures/analyze/corpus/articles', `${name}.json`);
  if (fs.existsSync(corpus)) {
    const a = JSON.parse(fs.readFileSync(corpus, 'utf8')) as Article;
    return { paragraphs: a.paragraphs, lang: a.lang, ...(a.title ? { title: a.title } : {}) };
  }
  const fixtures = path.join(repo, 'tests/fixtures');
  const c = goldenCases(fixtures).find((x) => x.name === name);
  return c ? withPrepared(fixtures, c, (prepared) => prepared?.input ?? null) : null;
}

export function run(repo: string, args: string[]): void {
  const [name, para] = args;
  const inp = name ? input(repo, name) : null;
  if (!inp) throw new Error(`no golden page or corpus article named ${name}`);
  const lang = inp.lang ?? '';
  const file = path.join(repo, 'src/core/analyze/lang/data', `${lang}.json`);
  const model = ((JSON.parse(fs.readFileSync(file, 'utf8')) as { speakerModel?: string }).speakerModel ?? '').split(' ').map(Number);
  const w = model.slice(THRESHOLDS);
  analyzeArticle(inp, {
    attribution: ATTRIBUTION,
    speakerTrace: (q, cands) => {
      if (para !== undefined && q.paragraph !== Number(para)) return;
      console.log(`\n[${q.paragraph}] "${q.text.slice(0, 70)}" → ${q.speaker ?? '—'} (thresholds ${model.slice(0, THRESHOLDS).join(' / ')})`);
      const ps = w.length ? speakerProbabilities(w, cands.map((c) => c.features)) : [];
      cands.forEach((c, i) => {
        const top = c.features.map((v, k) => [FEATURES[k], v * (w[k] ?? 0)] as const).filter(([, x]) => x).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 20);
        console.log(`  ${(ps[i] ?? 0).toFixed(2)} ${c.entity.name} [${c.entity.kind}] ${top.map(([n, x]) => `${n}${x > 0 ? '+' : ''}${x.toFixed(2)}`).join(' ')}`);
      });
    },
  });
}
