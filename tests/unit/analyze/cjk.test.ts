// Chinese and Japanese articles get a summary: their sentences end in 。！？ and their clauses have no spaces, so
// neither the "no final stop" nor the word-count test may take every paragraph for a heading.
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { prepareArticle } from '../../../src/core/read';
import { parse } from '../extract/helpers';
import { readabilitySource, readFixture } from '../support/fixtures';

const JA = [
  '東京都は14日、来年度から都内の公立小学校で給食費を無償化すると発表した。対象となる児童は約60万人で、年間の費用は約300億円に上る見込みだ。',
  '物価の上昇が続くなか、子育て世帯の負担を減らすことが狙いだという。これまで一部の区や市が独自に無償化を進めていたが、地域による差が課題となっていた。',
  '知事は記者会見で「どこに住んでいても、子どもたちが同じように食事をとれるようにしたい」と述べた。',
  '一方で、食材費の高騰を受けて給食の質を保てるかを心配する声もある。都は学校ごとの予算を見直し、必要に応じて補助を増やす方針だ。',
  '保護者の団体は今回の決定を歓迎しつつ、中学校への拡大も求めている。',
];
const ZH = [
  '市政府周一宣布，将在今年年底前开通连接新区和老城区的第二条地铁线。这条线路全长28公里，共设19个车站，预计每天可运送乘客约40万人次。',
  '负责项目的工程师表示，目前隧道已经全部贯通，车站装修工作也接近完成。接下来将进行为期三个月的试运行。',
  '许多居民对新线路表示期待。一位在新区工作的市民说，现在每天上下班要花两个多小时，地铁开通后可以节省一半时间。',
  '市交通部门还计划调整沿线的公交线路，方便乘客换乘。',
];

describe('CJK summaries', () => {
  it.each([['ja', JA], ['zh', ZH]])('%s: 1–4 sentences from the body (as many as the length model asks), none a fragment', (lang, paragraphs) => {
    const digest = analyzeArticle({ paragraphs, lang });
    expect(digest.lang).toBe(lang);
    expect(digest.summary.length).toBeGreaterThanOrEqual(1);
    expect(digest.summary.length).toBeLessThanOrEqual(4);
    for (const s of digest.summary) expect(paragraphs[s.paragraph]?.includes(s.text)).toBe(true);
  });

  it.each([
    ['readability/qq (Chinese)', () => readabilitySource('qq')],
    ['articlebench 85439e26c41c (Japanese)', () => zlib.gunzipSync(readFixture('articlebench/85439e26c41c.html.gz')).toString('utf8')],
  ])('%s: the real page gets a summary', (_name, read) => {
    const dom = parse(read());
    const prepared = prepareArticle(dom.window.document, 'https://news.example/story');
    expect(prepared).not.toBeNull();
    const digest = analyzeArticle(prepared!.input);
    expect(digest.summary.length).toBeGreaterThanOrEqual(1);
  });
});
