// `readlens analyze`: text, one-document-per-line and HTML input; JSON and JSONL output; usage errors.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import fs from 'node:fs';
import { runAnalyze, textParagraphs, type AnalyzeIO } from '../../../src/cli/analyze';
import { sharedDir } from './seed';

function io(files: Record<string, string>): AnalyzeIO & { stdout: string; stderr: string } {
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
    const file = path.join(sharedDir, 'pages/readability/folha/source.html');
    const t = io({ [file]: fs.readFileSync(file, 'utf8') });
    const code = await runAnalyze([file, '--url', 'https://example.org/a'], t);
    expect(code).toBe(0);
    const r = JSON.parse(t.stdout);
    expect(r.digest.lang).toBe('pt');
    expect(r.digest.quotes.length).toBeGreaterThan(0);
    expect(r.digest.summary.length).toBeGreaterThanOrEqual(2);
  });

  it('reports usage errors and unreadable files', async () => {
    const t = io({});
    expect(await runAnalyze([], t)).toBe(2);
    expect(await runAnalyze(['x', '--format', 'xml'], t)).toBe(2);
    expect(await runAnalyze(['missing.txt', '--text'], t)).toBe(1);
    expect(t.stderr).toContain('cannot read missing.txt');
  });
});
