// Batch machinery of the CLI: in-order emission under parallel runs, the streaming JSON writer, the worker pool's
// recovery from crashing workers, and the progress line shown only on a terminal.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseTimeout, runInOrder } from '../../../src/cli/batch';
import { JsonStream } from '../../../src/cli/json-stream';
import { WorkerPool } from '../../../src/cli/worker-pool';
import { runExtract } from '../../../src/cli/extract';
import type { CliIO } from '../../../src/cli/io';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/cli');
const page = (name: string): string => path.join(fixtures, name);

describe('runInOrder', () => {
  it('emits results in input order when later ones finish first, with at most `jobs` running', async () => {
    const delays = [40, 5, 25, 0, 10, 0, 30, 1];
    let running = 0;
    let most = 0;
    const emitted: number[] = [];
    await runInOrder(delays.length, 3, 100, async (i) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, delays[i]));
      running--;
      return i * 10;
    }, (r, i) => emitted.push(r, i));
    expect(emitted).toEqual(delays.flatMap((_, i) => [i * 10, i]));
    expect(most).toBe(3);
  });

  it('does not start work more than `window` pages ahead of the next one to emit', async () => {
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const started: number[] = [];
    const done = runInOrder(20, 4, 5, async (i) => {
      started.push(i);
      if (i === 0) await first;
      return i;
    }, () => undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual([0, 1, 2, 3, 4]); // page 0 is stuck: only 4 more may finish ahead of it
    release();
    await done;
    expect(started).toHaveLength(20);
  });
});

describe('JsonStream', () => {
  const write = (items: unknown[]): string => {
    let out = '';
    const s = new JsonStream((x) => (out += x));
    items.forEach((x) => s.push(x));
    s.end();
    return out;
  };

  it('prints one item as an object and several as the array JSON.stringify would print', () => {
    const items = [{ a: 1, b: ['x\ny', { c: null }] }, { a: 2 }, 'three'];
    expect(write(items.slice(0, 1))).toBe(`${JSON.stringify(items[0], null, 2)}\n`);
    expect(write(items)).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(write([])).toBe('');
  });
});

describe('WorkerPool', () => {
  it('turns a throwing, exiting or out-of-memory worker into a rejected task and keeps serving the rest', async () => {
    const pool = new WorkerPool<string, string>(pathToFileURL(page('crash-worker.mjs')), { maxOldGenerationSizeMb: 32 });
    try {
      const results = await Promise.allSettled(['a', 'throw', 'exit', 'oom'].map((t) => pool.run(t)));
      expect(results[0]).toEqual({ status: 'fulfilled', value: 'done a' });
      expect(results.slice(1).map((r) => r.status === 'rejected' && String(r.reason))).toEqual([
        'Error: boom',
        'Error: worker exited with code 3',
        'Error: worker ran out of memory',
      ]);
      expect(await Promise.all(['b', 'c'].map((t) => pool.run(t)))).toEqual(['done b', 'done c']);
    } finally {
      await pool.close();
    }
  });

  it('stops a worker stuck past its time limit, rejects that task only, and serves the next one', async () => {
    const pool = new WorkerPool<string, string>(pathToFileURL(page('crash-worker.mjs')));
    try {
      const [stuck, quick] = await Promise.allSettled([pool.run('spin', 300), pool.run('a', 20_000)]);
      expect(stuck.status === 'rejected' && [stuck.reason.name, stuck.reason.message]).toEqual(['TimeoutError', 'took longer than 0.3 s']);
      expect(quick).toEqual({ status: 'fulfilled', value: 'done a' });
      expect(await pool.run('b', 20_000)).toBe('done b');
    } finally {
      await pool.close();
    }
  });
});

describe('parseTimeout', () => {
  it('reads seconds (fractions, 0 for no limit) and refuses the rest', () => {
    expect([parseTimeout('60'), parseTimeout('0.5'), parseTimeout('0')]).toEqual([60_000, 500, 0]);
    for (const bad of ['', ' ', '-1', 'soon', 'Infinity']) expect(parseTimeout(bad)).toMatch(/^--timeout needs/);
  });
});

describe('progress', () => {
  const run = async (progress: boolean): Promise<{ code: number; stdout: string; stderr: string }> => {
    const r = { stdout: '', stderr: '' };
    const io: CliIO = { out: (s) => void (r.stdout += s), err: (s) => void (r.stderr += s), read: (f) => fs.readFileSync(f), progress };
    const files = ['harbour-ferry.html', 'marche-couvert.html', 'bibliothek.html'].map(page);
    return { code: await runExtract([...files, '--format', 'jsonl'], io), ...r };
  };

  it('draws a progress line on stderr for a terminal only, never on stdout', async () => {
    const tty = await run(true);
    const pipe = await run(false);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('3/3 pages');
    expect(pipe.stderr).toBe('');
    const titles = (stdout: string): string[] => stdout.trim().split('\n').map((l) => JSON.parse(l).title);
    expect(titles(tty.stdout)).toEqual(titles(pipe.stdout));
    expect(titles(pipe.stdout)).toEqual([
      'New ferry route links the two harbours',
      'Le marché couvert rouvre ses portes après travaux',
      'Stadtbibliothek verlängert ihre Öffnungszeiten',
    ]);
  });
});
