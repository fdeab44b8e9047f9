// Per-tab ordering of state writes: a slow earlier write is never overtaken by a later one for the same tab.
import { describe, expect, it } from 'vitest';
import { inTabOrder } from '../../../src/background/tab-queue';

const later = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('inTabOrder', () => {
  it('runs one tab\'s tasks in call order, other tabs alongside, and survives a failing task', async () => {
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => async (): Promise<string> => {
      log.push(`start ${name}`);
      await later(ms);
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([
      inTabOrder(1, task('1a', 30)),
      inTabOrder(1, task('1b', 0, true)),
      inTabOrder(2, task('2a', 5)),
      inTabOrder(1, task('1c', 0)),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual(['1a', 'Error: 1b', '2a', '1c']);
    expect(log.filter((l) => l.endsWith('1a') || l.endsWith('1b') || l.endsWith('1c'))).toEqual(['start 1a', 'end 1a', 'start 1b', 'end 1b', 'start 1c', 'end 1c']);
    expect(log.indexOf('end 2a')).toBeLessThan(log.indexOf('end 1a'));
  });
});
