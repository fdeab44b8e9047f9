// @vitest-environment happy-dom
// The Key facts section with the on-device AI action, against the fake LanguageModel: hidden, opt-in, progress, cancel, merged and labelled.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import type { RevealTarget } from '../../../src/common/messages';
import { useMemo } from 'preact/hooks';
import { builtInFactFinder, type OnDeviceFactFinder } from '../../../src/popup/ai/prompt-facts';
import { useShownFacts } from '../../../src/popup/ai/use-ai-facts';
import { FactsSection } from '../../../src/popup/components/FactsSection';
import { factGroups } from '../../../src/popup/lib/digest-view';
import { fakeLanguageModel, type FakeLanguageModelConfig } from './ai-fake-language-model';
import { keyT, sampleDigest } from './sample';
import { $, $$, click, mount as mountTree, settle, until } from '../support/preact-dom';

const { article, digest } = sampleDigest();
const groups = factGroups(digest.facts, 'en');
const aiArticle = { lang: 'fr', paragraphs: article.paragraphs, text: article.text };

/** What a model might answer on the sample: the digest's facts again, one real fact it lacks, and inventions. */
const ANSWER = {
  people: [...digest.facts.people.map((p) => ({ name: p.name })), { name: 'Angela Merkel', role: 'chancelière' }],
  places: [...digest.facts.places.map((p) => p.text), 'Bagdad'],
  organisations: ['Etat islamique', 'coalition internationale', 'OTAN'],
  dates: [{ text: 'mercredi 26', iso: '2016-10-26' }],
  figures: [{ text: 'dizaines de civils', counts: 'civils' }, { text: '200 civils', counts: 'civils' }],
};
const NEW_FACT = 'dizaines de civils';

/** The section wired as DigestView wires it: the shown groups and the AI action from useShownFacts. */
function Facts({ finder, facts, withAi, onReveal }: { finder: OnDeviceFactFinder | null; facts: typeof digest.facts; withAi: boolean; onReveal: (t: RevealTarget) => void }) {
  const own = useMemo(() => factGroups(facts, 'en'), [facts]);
  const { shown, ai } = useShownFacts(own, withAi ? finder : null, aiArticle, facts, 'en');
  return <FactsSection groups={shown} lang="fr" locale="en" t={keyT} onReveal={onReveal} onListen={onReveal} ai={withAi ? ai : undefined} />;
}

async function mount(config: Partial<FakeLanguageModelConfig> | null, withAi = true, facts = digest.facts) {
  const fake = config ? fakeLanguageModel({ languages: { en: 'available', fr: 'available' }, answer: ANSWER, ...config }) : null;
  const reveals: RevealTarget[] = [];
  const finder = fake ? builtInFactFinder({ LanguageModel: fake.api }) : null;
  const root = await mountTree(<Facts finder={finder} facts={facts} withAi={withAi} onReveal={(t) => reveals.push(t)} />);
  return { root, log: fake?.log, reveals };
}

const labels = (root: ParentNode, source: 'ai' | 'readlens') =>
  $$(root, 'fact').filter((f) => f.dataset.source === source).map((f) => $(f, 'fact-label')?.textContent);

describe('FactsSection with on-device AI facts', () => {
  it('shows no AI action without the API, without the prop, or where the model lacks the language', async () => {
    for (const [config, withAi] of [[null, true], [{}, false], [{ languages: { en: 'available' } }, true], [{ languages: { fr: 'unavailable', en: 'available' } }, true]] as const) {
      const { root, log } = await mount(config, withAi);
      await settle();
      expect($(root, 'ai-facts')).toBeNull();
      expect(labels(root, 'readlens')).toHaveLength(groups.reduce((n, g) => n + Math.min(g.items.length, 6), 0));
      expect(log?.createCalls ?? []).toHaveLength(0);
      render(null, root);
    }
  });

  it('creates nothing before the click, then downloads, thinks, and adds only checked, new facts, marked', async () => {
    // The download advances one step each time the test says so.
    let release: () => void = () => undefined;
    const nextStep = () => release();
    const downloadStep = () => new Promise<void>((r) => (release = r));
    const { root, log, reveals } = await mount({ languages: { en: 'downloadable', fr: 'downloadable' }, progress: [0, 0.5, 1], thinkTicks: 100, downloadStep });
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI action');
    expect($(root, 'ai-facts')?.textContent).toContain('aiDownloadHint');
    expect(log!.createCalls).toHaveLength(0);
    const before = labels(root, 'readlens');

    await click($(root, 'ai-facts-find'));
    expect(log!.createCalls).toHaveLength(1);
    await until(() => $(root, 'ai-facts-progress')?.textContent === 'aiDownloading(0%)', 'the download to start');
    for (const percent of ['0%', '50%']) {
      nextStep();
      await until(() => $(root, 'ai-facts-progress')?.textContent === `aiDownloading(${percent})`, `download at ${percent}`);
      expect($(root, 'ai-facts')?.dataset.phase).toBe('downloading');
      expect($(root, 'ai-facts-cancel')).not.toBeNull();
    }
    // The last step completes the download: the model starts reading at once.
    nextStep();
    await until(() => $(root, 'ai-facts')?.dataset.phase === 'thinking', 'the model thinking');
    expect($(root, 'ai-facts')?.textContent).toContain('aiFactsThinking');
    await until(() => $(root, 'ai-facts')?.dataset.phase === 'done', 'the AI facts');

    // Readlens's facts first and unchanged; the one real fact the digest lacked added; inventions and repeats not.
    expect(labels(root, 'readlens')).toEqual(before);
    expect(labels(root, 'ai')).toEqual([NEW_FACT]);
    const added = $$(root, 'fact').find((f) => f.dataset.source === 'ai')!;
    expect($(added, 'fact-ai-badge')?.textContent).toBe('aiFactBadge');
    expect(added.getAttribute('title')).toContain('aiFactBadge');
    expect($(root, 'ai-facts')?.textContent).toBe('aiFactsAdded(1)');
    expect($(root, 'ai-facts-find')).toBeNull();

    await click(added);
    const target = reveals.at(-1);
    expect(target?.kind).toBe('span');
    if (target?.kind === 'span') expect(article.paragraphs[target.paragraph]!.slice(target.start, target.end)).toContain(NEW_FACT);
  });

  it('cancels a download: back to the offer, nothing asked, and it can run again', async () => {
    const { root, log } = await mount({ languages: { en: 'downloading', fr: 'downloading' }, progress: Array.from({ length: 200 }, (_, i) => i / 200) });
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI action');
    await click($(root, 'ai-facts-find'));
    await until(() => $(root, 'ai-facts-cancel') !== null, 'download progress');
    await click($(root, 'ai-facts-cancel'));
    expect($(root, 'ai-facts-find')).not.toBeNull();
    await settle();
    expect(log!.prompts).toHaveLength(0);
    expect(labels(root, 'ai')).toEqual([]);
    await click($(root, 'ai-facts-find'));
    await until(() => $(root, 'ai-facts')?.dataset.phase === 'done', 'the second run');
    expect(labels(root, 'ai')).toEqual([NEW_FACT]);
  });

  it('cancels while the model thinks', async () => {
    const { root, log } = await mount({ thinkTicks: 1000 });
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI action');
    await click($(root, 'ai-facts-find'));
    await until(() => log!.prompts.length === 1 && $(root, 'ai-facts')?.dataset.phase === 'thinking', 'thinking');
    await click($(root, 'ai-facts-cancel'));
    await settle();
    expect($(root, 'ai-facts-find')).not.toBeNull();
    expect(log!.destroyed).toBe(1);
  });

  it('hides itself silently when the model fails, keeping the facts', async () => {
    const { root } = await mount({ promptError: new DOMException('model crashed', 'OperationError') });
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI action');
    const before = labels(root, 'readlens');
    const info = console.info;
    console.info = () => undefined;
    try {
      await click($(root, 'ai-facts-find'));
      await until(() => $(root, 'ai-facts') === null, 'the action to go');
    } finally {
      console.info = info;
    }
    expect(labels(root, 'readlens')).toEqual(before);
    expect(labels(root, 'ai')).toEqual([]);
  });

  it('says so when the AI finds nothing the digest lacks', async () => {
    const { root } = await mount({ answer: { ...ANSWER, figures: [] } });
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI action');
    await click($(root, 'ai-facts-find'));
    await until(() => $(root, 'ai-facts')?.dataset.phase === 'done', 'the answer');
    expect($(root, 'ai-facts')?.textContent).toBe('aiFactsNone');
    expect(labels(root, 'ai')).toEqual([]);
  });

  it("keeps the AI's additions in view when Readlens's own group is folded", async () => {
    const ref = digest.facts.figures[0]!.ref;
    const figures = Array.from({ length: 9 }, (_, i) => ({ text: `${i + 1000} unités`, value: i + 1000, kind: 'count' as const, mentions: 1, ref }));
    const { root } = await mount({}, true, { ...digest.facts, figures });
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI action');
    await click($(root, 'ai-facts-find'));
    await until(() => $(root, 'ai-facts')?.dataset.phase === 'done', 'the AI facts');
    const shown = () => $$(root, 'fact').filter((f) => f.dataset.kind === 'figures').map((f) => f.dataset.source);
    expect(shown()).toEqual([...Array(6).fill('readlens'), 'ai']);
    expect($(root, 'facts-more')?.textContent).toBe('showMore(3)');
    await click($(root, 'facts-more'));
    expect(shown()).toEqual([...Array(9).fill('readlens'), 'ai']);
  });
});
