// The popup's loading sequence: tab → prepare → digest, each phase reported; failures and timeouts become states, never a hang.
import { describe, expect, it } from 'vitest';
import type { PageInfo } from '../../../src/common/messages';
import { loadPopup, type Phase } from '../../../src/popup/lib/load';
import { sampleDigest } from './sample';

const page: PageInfo = { title: 'T', site: 's', url: 'https://s.example/a', lang: 'fr', isArticle: true, articleScore: 9, readingMinutes: 2, contentType: 'text/html' };
const tab = { id: 7, title: 'Tab title', url: page.url };
const never = <T>() => new Promise<T>(() => undefined);

async function run(connector: Parameters<typeof loadPopup>[0], timeouts = { prepare: 1000, digest: 1000 }): Promise<Phase[]> {
  const phases: Phase[] = [];
  await loadPopup(connector, (p) => phases.push(p), () => true, timeouts);
  return phases;
}

describe('loadPopup', () => {
  it('reports the tab at once, then the page, then the digest', async () => {
    const { article, digest } = sampleDigest();
    const asked: number[] = [];
    const phases = await run({
      activeTab: async () => tab,
      prepare: async (id) => ({ state: 'ready', tabId: id, reading: false, page }),
      digest: async (id) => (asked.push(id), { state: 'ready', article, digest }),
    });
    expect(phases.map((p) => (p.state === 'ready' ? `ready/${p.digest.state}` : p.state))).toEqual(['loading', 'ready/loading', 'ready/ready']);
    expect(phases[0]).toEqual({ state: 'loading', preview: tab });
    expect(asked).toEqual([7]);
  });

  it('says why a page cannot be read, and says so without a tab', async () => {
    expect(await run({ activeTab: async () => null, prepare: never, digest: never })).toEqual([{ state: 'unsupported', reason: 'no-tab' }]);
    const phases = await run({ activeTab: async () => tab, prepare: async () => ({ state: 'unsupported', tabId: 7, reason: 'store-page', url: '' }), digest: never });
    expect(phases.at(-1)).toEqual({ state: 'unsupported', reason: 'store-page' });
  });

  it('turns a failing or silent page into an error with its reason', async () => {
    const failing = await run({ activeTab: async () => tab, prepare: async () => Promise.reject(new Error('boom')), digest: never });
    expect(failing.at(-1)).toEqual({ state: 'error', message: 'boom' });
    const silent = await run({ activeTab: async () => tab, prepare: never, digest: never }, { prepare: 20, digest: 20 });
    expect(silent.at(-1)?.state).toBe('error');
  });

  it('keeps the controls when only the digest fails or finds no article', async () => {
    const base = { activeTab: async () => tab, prepare: async () => ({ state: 'ready' as const, tabId: 7, reading: true, page }) };
    const none = await run({ ...base, digest: async () => ({ state: 'no-article' }) });
    expect(none.at(-1)).toMatchObject({ state: 'ready', reading: true, digest: { state: 'no-article' } });
    const broken = await run({ ...base, digest: async () => Promise.reject(new Error('analysis failed')) });
    expect(broken.at(-1)).toMatchObject({ state: 'ready', digest: { state: 'error', message: 'analysis failed' } });
    const slow = await run({ ...base, digest: never }, { prepare: 1000, digest: 20 });
    expect(slow.at(-1)).toMatchObject({ state: 'ready', digest: { state: 'error' } });
  });

  it('stays silent once a newer run took over', async () => {
    const phases: Phase[] = [];
    let current = true;
    await loadPopup(
      { activeTab: async () => tab, prepare: async () => ((current = false), { state: 'ready', tabId: 7, reading: false, page }), digest: never },
      (p) => phases.push(p),
      () => current,
    );
    expect(phases).toEqual([{ state: 'loading', preview: tab }]);
  });
});
