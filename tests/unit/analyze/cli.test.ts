// `readlens analyze`: text, one-document-per-line and HTML input; JSON and JSONL output; usage errors.
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { runAnalyze, textParagraphs, type AnalyzeIO } from '../../../src/cli/analyze';
import { fixturePath, readabilitySource, readFixture } from '../support/fixtures';

function io(files: Record<string, string | Uint8Array>): AnalyzeIO & { stdout: string; stderr: string } {
  const r = {
    stdout: '',
    stderr: '',
    out: (s: string) => void (r.stdout += s),
    err: (s: string) => void (r.stderr += s),
    read: (f: string) => {
      const v = files[f];
      if (v === undefined) throw new Error('ENOENT');
      return v;
    },
  };
  return r;
}

describe('readlens analyze', () => {
  it('splits plain text into paragraphs on blank lines', () => {
    expect(textParagraphs('a b\nc\n\nd e\n')).toEqual(['a b c', 'd e']);
    expect(textParagraphs('one\ntwo')).toEqual(['one', 'two']);
  });

  it('reads one document per line with --text --lines and prints JSONL', async () => {
    const t = io({
      'docs.txt': [
        '« Nous irons jusqu’au bout », a déclaré Marie Dubois, maire de Lyon, lundi. La ville investira 5 millions d’euros.',
        '"We will rebuild the bridge this year," said John Carter, the mayor of Springfield.',
      ].join('\n'),
    });
    const code = await runAnalyze(['docs.txt', '--text', '--lines', '--format', 'jsonl'], t);
    expect(code).toBe(0);
    const lines = t.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].line).toBe(1);
    expect(lines[0].digest.lang).toBe('fr');
    expect(lines[0].digest.quotes[0].speaker).toBe('Marie Dubois');
    expect(lines[1].digest.quotes[0].speaker).toBe('John Carter');
  });

  it('extracts an HTML page first, then analyses it', async () => {
    const file = fixturePath('readability/folha/source.html');
    const t = io({ [file]: readabilitySource('folha') });
    const code = await runAnalyze([file, '--url', 'https://example.org/a'], t);
    expect(code).toBe(0);
    const r = JSON.parse(t.stdout);
    expect(r.digest.lang).toBe('pt');
    expect(r.digest.quotes.length).toBeGreaterThan(0);
    expect(r.digest.summary.length).toBeGreaterThanOrEqual(1);
  });

  it('reads bytes as the CLI does: gzip pages, a page whose bytes are UTF-8 whatever it declares, a Latin-1 page', async () => {
    const folha = readFixture('readability/folha/source.html');
    const utf8Declared = Buffer.from(readabilitySource('qq'), 'utf8');
    const latin1 = Buffer.from('<html lang="fr"><head><meta charset="iso-8859-1"><title>Été</title></head><body><article><h1>Été à Montréal</h1>'
      + '<p>« Nous allons accélérer les travaux dès cet été », a déclaré lundi Valérie Plante, mairesse de Montréal, devant le conseil municipal réuni à l’hôtel de ville.</p>'.repeat(4)
      + '</article></body></html>', 'latin1');
    const t = io({ 'folha.html.gz': zlib.gzipSync(folha), 'qq.html': utf8Declared, 'fr.html': latin1 });
    expect(await runAnalyze(['folha.html.gz', 'qq.html', 'fr.html', '--format', 'jsonl'], t)).toBe(0);
    const [pt, zh, fr] = t.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(pt.digest.lang).toBe('pt');
    expect(zh.article.title).toMatch(/[\u4e00-\u9fff]/); // qq declares gb2312 but its bytes are UTF-8
    expect(zh.digest.lang).toBe('zh');
    expect(fr.article.title).toBe('Été à Montréal');
    expect(fr.digest.quotes[0]?.speaker).toBe('Valérie Plante');
  });

  it('reports usage errors and unreadable files', async () => {
    const t = io({});
    expect(await runAnalyze([], t)).toBe(2);
    expect(await runAnalyze(['x', '--format', 'xml'], t)).toBe(2);
    expect(await runAnalyze(['missing.txt', '--text'], t)).toBe(1);
    expect(t.stderr).toContain('missing.txt: cannot read');
    expect(JSON.parse(t.stdout)).toEqual({ source: 'missing.txt', error: 'cannot read: ENOENT' });
  });
});
