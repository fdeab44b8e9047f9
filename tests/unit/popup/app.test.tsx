// @vitest-environment happy-dom
// The popup rendered with preact against a fake connector: instant frame, digest sections, reveal targets, size, AI, states.
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { DigestReply, PageInfo, PrepareResult, ReaderReply, RevealTarget } from '../../../src/common/messages';
import { TEXT_SIZES } from '../../../src/common/settings';
import { memoryStore } from '../support/memory-storage';
import { App } from '../../../src/popup/App';
import type { PopupConnector } from '../../../src/popup/connector';
import { builtInSummarizer } from '../../../src/popup/ai/summarizer';
import { fakeSummarizerApi } from './fake-summarizer';
import { builtInFactFinder } from '../../../src/popup/ai/prompt-facts';
import { fakeLanguageModel } from './ai-fake-language-model';
import { escapeMarkdown } from '../../../src/popup/lib/markdown';
import { keyT, sampleDigest } from './sample';
import { $, $$, click, mount as mountTree, settle, until } from '../support/preact-dom';

const { article, digest } = sampleDigest();
const page: PageInfo = { title: article.title, site: article.siteName, url: article.url, lang: 'fr', isArticle: true, articleScore: 9, readingMinutes: 2, contentType: 'text/html' };

interface Fake extends PopupConnector {
  reveals: RevealTarget[];
  listens: { on: boolean; at?: RevealTarget }[];
  readings: boolean[];
  copies: string[];
  /** Sites the fake browser granted; `grant` decides what the permission prompt answers. */
  granted: Set<string>;
}

function fakeConnector(over: Partial<PopupConnector> = {}): Fake {
  const reveals: RevealTarget[] = [];
  const listens: { on: boolean; at?: RevealTarget }[] = [];
  const readings: boolean[] = [];
  const copies: string[] = [];
  const granted = new Set<string>();
  return {
    reveals, listens, readings, copies, granted,
    alwaysOpen: {
      isOn: async (url) => granted.has(new URL(url).origin),
      set: async (url, on) => {
        if (on) granted.add(new URL(url).origin);
        else granted.delete(new URL(url).origin);
        return on;
      },
    },
    activeTab: async () => ({ id: 3, title: 'Tab title', url: page.url }),
    prepare: async (): Promise<PrepareResult> => ({ state: 'ready', tabId: 3, reading: false, page }),
    digest: async (): Promise<DigestReply> => ({ state: 'ready', article, digest }),
    setReading: async (_id, on): Promise<ReaderReply> => (readings.push(on), { open: on }),
    reveal: async (_id, target): Promise<ReaderReply> => (reveals.push(target), { open: true }),
    listen: async (_id, on, at): Promise<ReaderReply> => (listens.push(at ? { on, at } : { on }), { open: true, listening: on }),
    shortcut: async () => 'Alt+Shift+R',
    copy: async (text) => void copies.push(text),
    settings: memoryStore(),
    summarizer: null,
    t: keyT,
    uiLanguage: () => 'en',
    ...over,
  };
}

const mount = (connector: PopupConnector) => mountTree(<App connector={connector} />);

describe('popup App', () => {
  it('draws the frame from the tab at once while the page is still being read', async () => {
    const root = await mount(fakeConnector({ prepare: () => new Promise(() => undefined) }));
    await until(() => $(root, 'size-value') !== null, 'the size control');
    expect($(root, 'popup')?.dataset.state).toBe('loading');
    expect($(root, 'page-title')?.textContent).toBe('Tab title');
    expect($(root, 'page-site')?.textContent).toBe(new URL(page.url).hostname);
    expect($(root, 'reading-toggle')?.hasAttribute('disabled')).toBe(true);
    expect($(root, 'digest-skeleton')).not.toBeNull();
  });

  it('shows the digest: summary, grouped facts and quotations with their count', async () => {
    const root = await mount(fakeConnector());
    await until(() => $(root, 'digest') !== null, 'the digest');
    expect($(root, 'popup')?.dataset.state).toBe('ready');
    expect($(root, 'page-title')?.textContent).toBe(article.title);
    expect($$(root, 'summary-sentence').map((e) => e.textContent)).toEqual(digest.summary.map((s) => s.text));
    expect($(root, 'summary-source')?.dataset.source).toBe('readlens');
    const people = $$(root, 'fact').filter((b) => b.dataset.kind === 'people');
    expect(people.map((b) => $(b, 'fact-label')?.textContent)).toEqual(digest.facts.people.map((p) => p.name));
    expect($(root, 'quotes-count')?.textContent).toBe(String(digest.quotes.length));
    expect($$(root, 'quote')).toHaveLength(digest.quotes.length);
    const speakers = new Set(digest.quotes.map((q) => q.speaker ?? ''));
    expect($$(root, 'speaker-group').map((g) => g.dataset.speaker)).toEqual([...speakers]);
  });

  it('asks the reader to reveal the clicked quotation or fact', async () => {
    const c = fakeConnector();
    const root = await mount(c);
    await until(() => $(root, 'digest') !== null, 'the digest');
    const quote = $$(root, 'quote')[2]!;
    await click(quote);
    expect(c.reveals.at(-1)).toEqual({ kind: 'quote', index: Number(quote.dataset.quoteIndex) });
    expect(digest.quotes[Number(quote.dataset.quoteIndex)]?.text).toBe(quote.textContent);
    await click($$(root, 'fact')[0]!);
    const ref = digest.facts.people[0]!.ref;
    expect(c.reveals.at(-1)).toEqual({ kind: 'span', paragraph: ref.paragraph, start: ref.start, end: ref.end });
    await until(() => $(root, 'reading-toggle')?.getAttribute('aria-checked') === 'true', 'the switch to follow the reader');
  });

  it('Listen is a toggle button that starts and stops reading aloud; a quotation starts at its sentence', async () => {
    const c = fakeConnector();
    const root = await mount(c);
    await until(() => $(root, 'digest') !== null, 'the digest');
    const toggle = $(root, 'listen-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    expect(c.listens.at(-1)).toEqual({ on: true });
    await until(() => toggle.getAttribute('aria-pressed') === 'true', 'the toggle to follow');
    expect($(root, 'reading-toggle')?.getAttribute('aria-checked')).toBe('true');
    await click(toggle);
    expect(c.listens.at(-1)).toEqual({ on: false });
    await until(() => toggle.getAttribute('aria-pressed') === 'false', 'the toggle to turn off');
    const quote = $$(root, 'quote')[1]!;
    const fromQuote = quote.parentElement!.querySelector<HTMLElement>('[data-testid="listen-from"]')!;
    const words = quote.textContent!.trim();
    expect(fromQuote.getAttribute('aria-label')).toBe(`listenFromHere: ${words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words}`);
    await click(fromQuote);
    expect(c.listens.at(-1)).toEqual({ on: true, at: { kind: 'quote', index: Number(quote.dataset.quoteIndex) } });
    await until(() => toggle.getAttribute('aria-pressed') === 'true', 'listening from the quotation');
  });

  it('every fact, row or chip (people, places, organisations, dates, figures), can start reading at its sentence', async () => {
    const c = fakeConnector();
    const root = await mount(c);
    await until(() => $(root, 'digest') !== null, 'the digest');
    const facts = $$(root, 'fact');
    const kinds = new Set(facts.map((f) => f.dataset.kind));
    expect([...kinds].sort()).toEqual(['dates', 'figures', 'organisations', 'people', 'places']);
    expect(facts.filter((f) => f.classList.contains('chip')).map((f) => f.dataset.kind)).toContain('places');
    for (const fact of facts) {
      const from = fact.parentElement!.querySelector<HTMLElement>('[data-testid="listen-from"]');
      // Named after its fact, so a screen reader's list of buttons tells them apart.
      const label = fact.querySelector('[data-testid="fact-label"]')!.textContent!;
      expect(from?.getAttribute('aria-label'), `${fact.dataset.kind}: ${fact.textContent}`).toBe(`listenFromHere: ${label}`);
    }
    // "Listen from here" starts at the very sentence the fact itself reveals.
    for (const kind of ['places', 'organisations', 'people']) {
      const fact = facts.find((f) => f.dataset.kind === kind)!;
      await click(fact);
      const revealed = c.reveals.at(-1);
      expect(revealed).toMatchObject({ kind: 'span' });
      await click(fact.parentElement!.querySelector<HTMLElement>('[data-testid="listen-from"]')!);
      expect(c.listens.at(-1), kind).toEqual({ on: true, at: revealed });
    }
  });

  it('steps, slides and resets the text size, and stores it', async () => {
    const c = fakeConnector();
    const root = await mount(c);
    await until(() => $(root, 'size-value') !== null, 'the size control');
    await click($(root, 'size-increase'));
    expect($(root, 'size-value')?.textContent).toBe('110%');
    const slider = $(root, 'size-slider') as HTMLInputElement;
    await act(async () => {
      slider.value = String(TEXT_SIZES.length - 1);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect($(root, 'size-value')?.textContent).toBe(`${TEXT_SIZES.at(-1)}%`);
    await settle();
    expect((await c.settings.load(page.url)).textSize).toBe(TEXT_SIZES.at(-1));
    await click($(root, 'size-reset'));
    await settle();
    expect((await c.settings.load(page.url)).textSize).toBe(100);
  });

  it('turns "always open this site" on and off from the More panel', async () => {
    const c = fakeConnector();
    const root = await mount(c);
    await until(() => $(root, 'more-toggle')?.hasAttribute('disabled') === false, 'the More button');
    await click($(root, 'more-toggle'));
    await until(() => $(root, 'always-open') !== null, 'the always-open box');
    const box = () => $(root, 'always-open') as HTMLInputElement;
    expect(box().checked).toBe(false);
    await click(box());
    await until(() => box().checked, 'the box to turn on');
    expect(c.granted.has(new URL(page.url).origin)).toBe(true);
    await click(box());
    await until(() => !box().checked, 'the box to turn off');
    expect(c.granted.size).toBe(0);
  });

  it('shows the first facts of a long group and the rest on request', async () => {
    const ref = { paragraph: 0, start: 0, end: 10 };
    const places = Array.from({ length: 9 }, (_, i) => ({ text: `Place ${i}`, mentions: 1, ref }));
    const long = { ...digest, facts: { ...digest.facts, places } };
    const root = await mount(fakeConnector({ digest: async () => ({ state: 'ready', article, digest: long }) }));
    await until(() => $(root, 'digest') !== null, 'the digest');
    const shown = () => $$(root, 'fact').filter((f) => f.dataset.kind === 'places').map((f) => f.textContent);
    expect(shown()).toEqual(places.slice(0, 6).map((p) => p.text));
    expect($(root, 'facts-more')?.textContent).toBe('showMore(3)');
    await click($(root, 'facts-more'));
    expect(shown()).toEqual(places.map((p) => p.text));
    expect($(root, 'facts-more')).toBeNull();
  });

  it('offers "open anyway" on a page that is not an article', async () => {
    const c = fakeConnector({ prepare: async () => ({ state: 'ready', tabId: 3, reading: false, page: { ...page, isArticle: false } }) });
    const root = await mount(c);
    await until(() => $(root, 'open-anyway') !== null, 'the not-article notice');
    expect($(root, 'digest')).toBeNull();
    await click($(root, 'open-anyway'));
    expect(c.readings).toEqual([true]);
  });

  it('shows an error with a retry that loads again', async () => {
    let calls = 0;
    const root = await mount(fakeConnector({ prepare: async () => (++calls === 1 ? Promise.reject(new Error('no answer')) : { state: 'ready', tabId: 3, reading: false, page }) }));
    await until(() => $(root, 'popup')?.dataset.state === 'error', 'the error state');
    expect($(root, 'state-message')?.textContent).toBe('errorMessage');
    await click($(root, 'state-action'));
    await until(() => $(root, 'digest') !== null, 'the digest after retry');
  });

  it('copies the Markdown export', async () => {
    const c = fakeConnector();
    const root = await mount(c);
    await until(() => $(root, 'export-copy') !== null, 'the export bar');
    await click($(root, 'export-copy'));
    expect(c.copies[0]).toMatch(/^# /);
    for (const q of digest.quotes) expect(c.copies[0]).toContain(q.text.split(' ').slice(0, 3).join(' '));
  });

  it('summarises with on-device AI on request, streams, checks, labels, and can switch back', async () => {
    const chunks = ['François Hollande veut éradiquer Daech.\n', 'Angela Merkel approuve.\n', 'La coalition vise Raqqa.'];
    const { api, log } = fakeSummarizerApi({ languages: { fr: 'downloadable' }, chunks });
    const root = await mount(fakeConnector({ summarizer: builtInSummarizer({ Summarizer: api }) }));
    await until(() => $(root, 'ai-summarize') !== null, 'the AI action');
    expect(log.createCalls).toHaveLength(0);
    await click($(root, 'ai-summarize'));
    await until(() => $(root, 'summary-source')?.dataset.source === 'ai', 'the AI summary');
    expect(log.createCalls).toHaveLength(1);
    // The invented name is dropped; the checked sentences are shown.
    expect($$(root, 'summary-sentence').map((e) => e.textContent)).toEqual(['François Hollande veut éradiquer Daech.', 'La coalition vise Raqqa.']);
    await click($(root, 'source-readlens'));
    expect($(root, 'summary-source')?.dataset.source).toBe('readlens');
    expect($$(root, 'summary-sentence').map((e) => e.textContent)).toEqual(digest.summary.map((s) => s.text));
  });

  it('hides the AI action where the model lacks the language, and falls back when cancelled', async () => {
    const { api } = fakeSummarizerApi({ languages: { en: 'available' }, chunks: ['x'] });
    const root = await mount(fakeConnector({ summarizer: builtInSummarizer({ Summarizer: api }) }));
    await until(() => $(root, 'digest') !== null, 'the digest');
    await settle();
    expect($(root, 'ai-summarize')).toBeNull();
    render(null, root);

    const slow = fakeSummarizerApi({ languages: { fr: 'downloading' }, chunks: ['y'], progress: Array.from({ length: 200 }, (_, i) => i / 200) });
    const root2 = await mount(fakeConnector({ summarizer: builtInSummarizer({ Summarizer: slow.api }) }));
    await until(() => $(root2, 'ai-summarize') !== null, 'the AI action');
    await click($(root2, 'ai-summarize'));
    await until(() => $(root2, 'ai-progress') !== null, 'download progress');
    await click($(root2, 'ai-cancel'));
    expect($(root2, 'ai-summarize')).not.toBeNull();
    expect($(root2, 'summary-source')?.dataset.source).toBe('readlens');
  });

  it('finds more facts with on-device AI on request, checked and marked, after Readlens\'s own', async () => {
    const known = digest.facts.people.map((p) => ({ name: p.name }));
    const { api, log } = fakeLanguageModel({
      languages: { en: 'available', fr: 'available' },
      answer: { people: [...known, { name: 'Angela Merkel' }], places: [], organisations: [], dates: [], figures: [{ text: 'dizaines de civils', counts: 'civils' }] },
    });
    const root = await mount(fakeConnector({ factFinder: builtInFactFinder({ LanguageModel: api }) }));
    await until(() => $(root, 'ai-facts-find') !== null, 'the AI facts action');
    expect(log.createCalls).toHaveLength(0);
    await click($(root, 'ai-facts-find'));
    await until(() => $(root, 'ai-facts')?.dataset.phase === 'done', 'the AI facts');
    const ai = $$(root, 'fact').filter((f) => f.dataset.source === 'ai');
    expect(ai.map((f) => $(f, 'fact-label')?.textContent)).toEqual(['dizaines de civils']);
  });

  it('copies and downloads what the popup shows: the AI summary labelled, the AI facts marked, and Readlens\'s again on switching back', async () => {
    const summarizer = fakeSummarizerApi({ languages: { fr: 'available' }, chunks: ['François Hollande veut éradiquer Daech.\n', 'La coalition vise Raqqa.'] });
    const model = fakeLanguageModel({
      languages: { en: 'available', fr: 'available' },
      answer: { people: [], places: [], organisations: [], dates: [], figures: [{ text: 'dizaines de civils', counts: 'civils' }] },
    });
    const c = fakeConnector({ summarizer: builtInSummarizer({ Summarizer: summarizer.api }), factFinder: builtInFactFinder({ LanguageModel: model.api }) });
    const root = await mount(c);
    const copy = async () => (await click($(root, 'export-copy')), c.copies.at(-1)!);
    await until(() => $(root, 'ai-summarize') !== null && $(root, 'ai-facts-find') !== null, 'both AI actions');
    const readlensSummary = digest.summary.map((s) => `- ${escapeMarkdown(s.text)}`);
    const before = await copy();
    expect(before).toContain('_summaryByReadlens_');
    expect(before).not.toContain('aiFactBadge');

    await click($(root, 'ai-summarize'));
    await click($(root, 'ai-facts-find'));
    await until(() => $(root, 'summary-source')?.dataset.source === 'ai' && $(root, 'ai-facts')?.dataset.phase === 'done', 'the AI summary and facts');
    const shownFact = $$(root, 'fact').find((f) => f.dataset.source === 'ai')!;
    const factLine = `- ${$(shownFact, 'fact-label')?.textContent} — ${$(shownFact, 'fact-detail')?.textContent} _(aiFactBadge)_`;
    const withAi = (await copy()).split('\n');
    const at = withAi.indexOf('## summaryTitle');
    expect(withAi.slice(at + 2, at + 6)).toEqual(['_summaryByAi_', '', ...$$(root, 'summary-sentence').map((e) => `- ${escapeMarkdown(e.textContent!)}`)]);
    for (const line of readlensSummary) expect(withAi).not.toContain(line);
    expect(withAi).toContain(factLine);
    expect(withAi).toContain('_aiFactsAdded(1)_');

    // Download writes the same text as Copy.
    const saved: { name: string; blob: Blob }[] = [];
    const create = URL.createObjectURL;
    const anchorClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (saved.push({ name: '', blob }), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download;
    };
    try {
      await click($(root, 'export-download'));
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = anchorClick;
    }
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/\.md$/);
    expect(await saved[0]!.blob.text()).toBe(withAi.join('\n'));

    await click($(root, 'source-readlens'));
    const back = (await copy()).split('\n');
    expect(back).toContain('_summaryByReadlens_');
    for (const line of readlensSummary) expect(back).toContain(line);
    expect(back).toContain(factLine);
  });
});
