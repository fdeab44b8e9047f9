// The built CLI as a user runs it (a private build under node_modules/.cache, where it finds jsdom): page workers, output in input order,
// an error record and exit status 1 for unreadable pages among good ones, nothing but records on a pipe.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ESM build script without type declarations
import { buildCli } from '../../../scripts/build-cli.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = path.join(repo, 'tests/fixtures/cli');
const pages = ['harbour-ferry.html', 'marche-couvert.html', 'bibliothek.html'].map((f) => path.join(fixtures, f));
const titles = ['New ferry route links the two harbours', 'Le marché couvert rouvre ses portes après travaux', 'Stadtbibliothek verlängert ihre Öffnungszeiten'];

let cli = '';
let tmp = '';
let slow = '';

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-cli-'));
  cli = await buildCli(path.join(repo, 'node_modules/.cache/readlens-cli-test'));
  // A page far longer than the others: with two workers it finishes after the pages listed behind it.
  const body = fs.readFileSync(pages[0]!, 'utf8');
  const para = /<p>The council[\s\S]*?<\/p>/.exec(body)![0];
  slow = path.join(tmp, 'long.html');
  fs.writeFileSync(slow, body.replace(para, para.repeat(600)).replace(/New ferry route links the two harbours/g, 'A very long council report'));
}, 120_000);

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { maxBuffer: 64 << 20 }, (e, stdout, stderr) => {
      resolve({ code: e ? Number((e as { code?: number }).code) : 0, stdout, stderr });
    });
  });
}

describe('readlens CLI bundle', () => {
  it('prints extract results in input order with --jobs 2 (jsonl and text)', async () => {
    const files = [slow, ...pages];
    const jsonl = await run(['extract', '--jobs', '2', '--format', 'jsonl', ...files]);
    expect(jsonl.code).toBe(0);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['A very long council report', ...titles]);
    const text = await run(['extract', '-j', '2', '--format', 'text', ...files]);
    const order = ['A very long council report', ...titles].map((t) => text.stdout.indexOf(`${t}\n\n`));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  });

  it('turns a missing file and binary garbage into error records among good pages, and exits with 1', async () => {
    const garbage = path.join(tmp, 'garbage.html');
    let x = 7;
    fs.writeFileSync(garbage, Uint8Array.from({ length: 4096 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31) & 0xff));
    const missing = path.join(tmp, 'missing.html');
    const r = await run(['extract', '--jobs', '2', pages[0]!, missing, garbage, pages[1]!]);
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout) as { file: string; title?: string; error?: string }[];
    expect(records.map((x) => x.file)).toEqual([pages[0], missing, garbage, pages[1]]);
    expect(records.map((x) => x.title ?? null)).toEqual([titles[0], null, null, titles[1]]);
    expect(records[1]!.error).toMatch(/^cannot read: ENOENT/);
    expect(records[2]!.error).toBeTruthy();
    expect(records[0]!.error).toBeUndefined();
    // stderr on a pipe: one line per failed page, no progress line
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringContaining(`readlens extract: ${missing}: cannot read`),
      expect.stringContaining(`readlens extract: ${garbage}: `),
    ]);
    expect(r.stderr).not.toContain('\r');
  });

  it('analyses pages in input order and records an unreadable one', async () => {
    const missing = path.join(tmp, 'nowhere.html');
    const r = await run(['analyze', '--jobs', '2', '--format', 'jsonl', slow, missing, pages[1]!]);
    expect(r.code).toBe(1);
    const [a, b, c] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(a.article.title).toBe('A very long council report');
    expect(b).toEqual({ source: missing, error: expect.stringMatching(/^cannot read: ENOENT/) });
    expect(c.digest.lang).toBe('fr');
    expect(c.digest.quotes[0]?.speaker).toBe('Paul Girard');
  });

  it('stops a page that overruns --timeout with an error record, and exits with 1', async () => {
    const r = await run(['extract', '--jobs', '1', '--timeout', '0.001', '--format', 'jsonl', slow]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ file: slow, error: 'stopped: took longer than 0.001 s' });
    const bad = await run(['analyze', '--timeout', 'soon', slow]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout needs a number of seconds');
  });

  it('stops quietly with status 0 when the reader of its output goes away (| head)', async () => {
    const child = spawn(process.execPath, [cli, 'extract', '--format', 'text', '--jobs', '1', ...Array<string>(12).fill(slow)]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
