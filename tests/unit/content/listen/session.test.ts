// @vitest-environment jsdom
// A read-aloud session on a reader-like dialog (a shadow root holding the Listen button and an <article>), spoken by
// the faithful speechSynthesis fake: what is read in which order, the marker that follows the voice, the controls and
// keys, the speed and voice remembered per language, the "no voice" message, and the teardown that silences it.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListenContext } from '../../../../src/content/listen/context';
import type { ExtensionApi, PortLike } from '../../../../src/content/listen/extension-api';
import type * as SessionModule from '../../../../src/content/listen/session';
import { SPEECH_KEY } from '../../../../src/common/settings';
import { bodySegmentsOf } from '../../../../src/core/read';
import { FakeSpeechSynthesis, FakeUtterance, voice } from '../../support/fake-speech';
import { fakeArea } from '../../support/memory-storage';

const ARTICLE = `<article lang="en-GB">
  <header><p class="site">Site</p><h1 class="title">Rain returns</h1>
    <p class="meta"><span class="byline">By Ann Writer</span><span class="reading-time">2 min read</span></p></header>
  <figure class="lead"><img alt=""><figcaption>A wet street <span class="credit">Photo: X</span></figcaption></figure>
  <div class="body">
    <p>Dr. Smith went out. It rained all day.</p>
    <figure><img alt=""><figcaption>Caption text here.</figcaption></figure>
    <p>The river rose. Then it fell.</p>
    <p>Nobody minded.</p>
  </div></article>`;
const READ = ['Rain returns', 'By Ann Writer', 'Dr. Smith went out.', 'It rained all day.', 'The river rose.', 'Then it fell.', 'Nobody minded.'];

const ENGLISH = [voice('Ann', 'en-GB'), voice('Bob', 'en-GB')];
const FRENCH = [voice('Claire', 'fr-FR'), voice('Denis', 'fr-FR')];

interface FakePort extends PortLike {
  drop(): void;
  disconnected: boolean;
}

let startListening: typeof SessionModule.startListening;
let synth: FakeSpeechSynthesis;
let storage: ReturnType<typeof fakeArea>;
let api: ExtensionApi & { runtime: { id?: string } };
let ports: FakePort[];
let readerClosed: AbortController;
let host: HTMLElement;

beforeAll(() => {
  // jsdom lays nothing out: sentences have no boxes, and there is no media query.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Element.prototype.scrollTo ??= () => undefined;
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
});

beforeEach(async () => {
  // The session module keeps the speech settings it read: a fresh module per test, over a fresh storage area.
  vi.resetModules();
  ({ startListening } = await import('../../../../src/content/listen/session'));
  synth = new FakeSpeechSynthesis();
  storage = fakeArea();
  ports = [];
  const changeListeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
  storage.subscribe((changes) => changeListeners.forEach((l) => l(changes, 'sync')));
  api = {
    i18n: { getMessage: () => '' },
    runtime: {
      id: 'readlens@test',
      connect() {
        const listeners: (() => void)[] = [];
        const port: FakePort = {
          disconnected: false,
          disconnect() {
            port.disconnected = true;
          },
          onDisconnect: { addListener: (l) => void listeners.push(l) },
          drop: () => listeners.forEach((l) => l()),
        };
        ports.push(port);
        return port;
      },
    },
    storage: { sync: storage.area, onChanged: { addListener: (l) => void changeListeners.push(l) } },
  };
  // The session asks the extension's global whether the extension is still there when its port drops.
  (globalThis as { browser?: ExtensionApi }).browser = api;
  synth.loadVoices([...ENGLISH, ...FRENCH]);
  await synth.settle();
});

afterEach(() => {
  readerClosed?.abort();
  host?.remove();
  delete (globalThis as { browser?: ExtensionApi }).browser;
  vi.useRealTimers();
});

/** A reader-like dialog in a shadow root, as the content script builds it, and the session's context over it. */
function openReader(html = ARTICLE): { dialog: HTMLElement; context: ListenContext } {
  host?.remove();
  host = document.createElement('readlens-reader');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<div class="reader" role="dialog" lang="en"><div class="toolbar"><button data-testid="reader-listen">Listen</button></div>${html}</div>`;
  const dialog = root.querySelector('[role="dialog"]') as HTMLElement;
  const body = dialog.querySelector('.body') as HTMLElement;
  readerClosed = new AbortController();
  return { dialog, context: { dialog, segments: () => bodySegmentsOf(body).body, signal: readerClosed.signal } };
}

function listen(context: ListenContext, at?: Parameters<typeof startListening>[2]) {
  const utterance = (text: string) => new FakeUtterance(text) as unknown as ReturnType<SessionModule.SpeechDeps['utterance']>;
  return startListening(context, { synth: synth as unknown as SessionModule.SpeechDeps['synth'], utterance, api }, at);
}

/** Let storage answer and every speech event be delivered. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await synth.settle();
  }
}
async function finish(): Promise<void> {
  synth.finish();
  await settle();
}
const texts = (): string[] => synth.spoken.map((s) => s.text);
const speakingMark = (dialog: HTMLElement): string | null => {
  const marked = dialog.querySelectorAll('[data-speaking]');
  expect(marked.length).toBeLessThanOrEqual(1);
  return marked[0] ? `${marked[0].getAttribute('data-speaking')} ${marked[0].textContent?.trim()}` : null;
};
const control = (dialog: HTMLElement, testid: string) => dialog.querySelector(`[data-testid="${testid}"]`) as HTMLElement;
function choose(dialog: HTMLElement, testid: string, value: string): void {
  const select = control(dialog, testid) as HTMLSelectElement;
  select.value = value;
  expect(select.value).toBe(value);
  select.dispatchEvent(new Event('change'));
}
const press = (dialog: HTMLElement, key: string): boolean => dialog.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('read-aloud session: what is read and the marker', () => {
  it('reads the title, the byline, then the body, skipping the site name, reading time, captions and credits', async () => {
    const { context } = openReader();
    listen(context);
    await settle();
    for (let i = 1; i < READ.length; i++) await finish();
    await finish();
    expect(texts()).toEqual(READ);
    expect(synth.spoken.every((s) => s.lang === 'en-GB')).toBe(true);
  });

  it('marks the block being read and moves the mark as each utterance ends', async () => {
    const { dialog, context } = openReader();
    listen(context);
    await settle();
    expect(speakingMark(dialog)).toBe('0 Rain returns');
    expect(control(dialog, 'reader-listen').getAttribute('aria-pressed')).toBe('true');
    await finish();
    expect(speakingMark(dialog)).toBe('1 By Ann Writer');
    await finish();
    expect(speakingMark(dialog)).toBe('2 Dr. Smith went out. It rained all day.');
    await finish();
    expect(speakingMark(dialog)).toBe('3 Dr. Smith went out. It rained all day.');
    await finish();
    expect(speakingMark(dialog)).toBe('4 The river rose. Then it fell.');
  });

  it('pauses and resumes where it stopped, from the last word reached', async () => {
    const { dialog, context } = openReader();
    listen(context, { kind: 'span', paragraph: 1, start: 0, end: 5 });
    await settle();
    expect(texts()).toEqual(['The river rose.']);
    synth.boundary(10, 5);
    await settle();
    const playIcon = () => control(dialog, 'listen-play').querySelector('svg')?.getAttribute('data-icon');
    expect(playIcon()).toBe('pause');
    control(dialog, 'listen-play').click();
    await settle();
    expect(synth.speaking).toBe(false);
    expect(control(dialog, 'listen-play').dataset.playing).toBe('false');
    expect(playIcon()).toBe('play');
    // Drawn, not typed: no media glyph a system font may lack.
    expect(control(dialog, 'listen-play').textContent).toBe('');
    expect(speakingMark(dialog)).toBe('4 The river rose. Then it fell.');
    press(dialog, 'k');
    await settle();
    expect(texts()).toEqual(['The river rose.', 'rose.']);
    await finish();
    expect(texts().at(-1)).toBe('Then it fell.');
  });

  it('moves by sentence and by paragraph with the buttons and the keys', async () => {
    const { dialog, context } = openReader();
    listen(context, { kind: 'span', paragraph: 0, start: 0, end: 3 });
    await settle();
    expect(texts()).toEqual(['Dr. Smith went out.']);
    const moves: [string, string][] = [
      ['listen-next', 'It rained all day.'],
      ['listen-next-paragraph', 'The river rose.'],
      [']', 'Nobody minded.'],
      ['[', 'The river rose.'],
      [',', 'It rained all day.'],
      ['listen-prev-paragraph', 'Dr. Smith went out.'],
      ['listen-prev', 'By Ann Writer'],
    ];
    for (const [move, said] of moves) {
      if (move.startsWith('listen-')) control(dialog, move).click();
      else press(dialog, move);
      await settle();
      expect(texts().at(-1), move).toBe(said);
    }
    expect(speakingMark(dialog)).toBe('1 By Ann Writer');
    // Only one utterance is ever being spoken: each move cancelled the one before.
    expect(synth.calls.filter((c) => c === 'speak').length - synth.calls.filter((c) => c === 'cancel').length).toBeLessThanOrEqual(1);
  });

  it('a click on a sentence while listening moves the reading there', async () => {
    const { dialog, context } = openReader();
    listen(context);
    await settle();
    const box = new DOMRect(10, 300, 200, 20);
    const spy = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      return (this.toString() === 'Then it fell.' ? [box] : []) as unknown as DOMRectList;
    });
    const paragraph = [...dialog.querySelectorAll('.body p')][1] as HTMLElement;
    paragraph.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 310 }));
    spy.mockRestore();
    await settle();
    expect(texts()).toEqual(['Rain returns', 'Then it fell.']);
  });
});

describe('read-aloud session: speed and voice, remembered per language', () => {
  it('a new speed applies at once and is stored; the next session starts at it', async () => {
    const first = openReader();
    const session = listen(first.context);
    await settle();
    choose(first.dialog, 'listen-speed', '2');
    await settle();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'Rain returns', rate: 2 });
    expect(storage.data.get(SPEECH_KEY)).toMatchObject({ rate: 2 });
    session.end();

    const second = openReader();
    listen(second.context);
    await settle();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'Rain returns', rate: 2 });
    expect((control(second.dialog, 'listen-speed') as HTMLSelectElement).value).toBe('2');
  });

  it('lists only the article language\'s voices and remembers the choice for that language only', async () => {
    const english = openReader();
    const englishSession = listen(english.context);
    await settle();
    const options = (dialog: HTMLElement) => [...(control(dialog, 'listen-voice') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options(english.dialog)).toEqual(['Ann', 'Bob']);
    expect(synth.spoken.at(-1)?.voice).toBe('Ann');
    choose(english.dialog, 'listen-voice', 'urn:voice:Bob');
    await settle();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'Rain returns', voice: 'Bob' });
    englishSession.end();

    const french = openReader(ARTICLE.replace('lang="en-GB"', 'lang="fr-FR"'));
    const frenchSession = listen(french.context);
    await settle();
    expect(options(french.dialog)).toEqual(['Claire', 'Denis']);
    expect(synth.spoken.at(-1)?.voice).toBe('Claire');
    choose(french.dialog, 'listen-voice', 'urn:voice:Denis');
    await settle();
    frenchSession.end();
    expect(storage.data.get(SPEECH_KEY)).toMatchObject({ voices: { en: 'urn:voice:Bob', fr: 'urn:voice:Denis' } });

    const again = openReader();
    listen(again.context);
    await settle();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'Rain returns', voice: 'Bob' });
    expect((control(again.dialog, 'listen-voice') as HTMLSelectElement).value).toBe('urn:voice:Bob');
  });
});

describe('read-aloud session: no voice for the language', () => {
  const status = (dialog: HTMLElement) => control(dialog, 'listen-status').textContent;

  it('says so, and speaks nothing, when the browser has voices but none for the language', async () => {
    synth.loadVoices(FRENCH);
    await synth.settle();
    const { dialog, context } = openReader();
    listen(context);
    await settle();
    expect(status(dialog)).toBe('No voice for English in this browser');
    expect((control(dialog, 'listen-play') as HTMLButtonElement).disabled).toBe(true);
    press(dialog, 'k');
    await settle();
    expect(synth.calls).not.toContain('speak');
  });

  /** A browser that lists no voice yet (they may still come), on the fake clock. */
  async function listenWithoutVoices(): Promise<{ dialog: HTMLElement }> {
    vi.useFakeTimers();
    synth.loadVoices([]);
    await vi.advanceTimersByTimeAsync(0);
    const { dialog, context } = openReader();
    listen(context);
    return { dialog };
  }

  it('waits for voices that load late, then says so when none came', async () => {
    const { dialog } = await listenWithoutVoices();
    await vi.advanceTimersByTimeAsync(1000);
    // Still waiting: no verdict yet.
    expect(status(dialog)).toBe('');
    await vi.advanceTimersByTimeAsync(1500);
    expect(status(dialog)).toBe('No voice for English in this browser');
    expect(control(dialog, 'reader-listen').title).toBe('No voice for English in this browser');
    expect(synth.speaking).toBe(false);
    const spoken = synth.spoken.length;
    press(dialog, 'k');
    await vi.advanceTimersByTimeAsync(100);
    expect(synth.spoken.length).toBe(spoken);
  });

  it('voices that arrive during the wait are used, and nothing is reported missing', async () => {
    const { dialog } = await listenWithoutVoices();
    await vi.advanceTimersByTimeAsync(500);
    synth.loadVoices(ENGLISH);
    await vi.advanceTimersByTimeAsync(5000);
    expect(status(dialog)).toBe('');
    expect(synth.speakingText).toBe('Rain returns');
    control(dialog, 'listen-next').click();
    await vi.advanceTimersByTimeAsync(0);
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'By Ann Writer', voice: 'Ann' });
  });
});

describe('read-aloud session: nothing speaks on after', () => {
  /** After teardown: silent now, and neither the voice ending, nor the keys or old buttons, start it again. */
  async function expectSilenced(dialog: HTMLElement): Promise<void> {
    await settle();
    expect(synth.speaking).toBe(false);
    expect(synth.calls.at(-1)).toBe('cancel');
    const spoken = synth.spoken.length;
    press(dialog, 'k');
    press(dialog, '.');
    dialog.querySelector<HTMLElement>('[data-testid="listen-play"]')?.click();
    await settle();
    expect(synth.spoken.length).toBe(spoken);
    expect(synth.speaking).toBe(false);
    expect(dialog.querySelector('[data-speaking]')).toBeNull();
    expect(dialog.querySelector('[data-testid="listen-controls"]')).toBeNull();
    expect(control(dialog, 'reader-listen').getAttribute('aria-pressed')).toBe('false');
  }

  it('the reader closes (its signal aborts)', async () => {
    const { dialog, context } = openReader();
    const session = listen(context);
    await settle();
    expect(synth.speaking).toBe(true);
    readerClosed.abort();
    expect(session.active).toBe(false);
    await expectSilenced(dialog);
    expect(ports[0]?.disconnected).toBe(true);
  });

  it('the reader closes before the stored settings answer: the first sentence is never spoken', async () => {
    const { dialog, context } = openReader();
    listen(context);
    readerClosed.abort();
    await expectSilenced(dialog);
    expect(synth.calls).not.toContain('speak');
  });

  it('the page is hidden (navigation, bfcache)', async () => {
    const { dialog, context } = openReader();
    const session = listen(context);
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    expect(session.active).toBe(false);
    await expectSilenced(dialog);
  });

  it('the extension is reloaded or removed: its port drops and runtime.id is gone', async () => {
    const { dialog, context } = openReader();
    const session = listen(context);
    await settle();
    expect(ports).toHaveLength(1);
    api.runtime.id = undefined;
    ports[0]?.drop();
    expect(session.active).toBe(false);
    await expectSilenced(dialog);
  });

  it('but a port dropped by an idle service worker (the extension still there) is reopened and reading goes on', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { context } = openReader();
    const session = listen(context);
    await settle();
    vi.setSystemTime(Date.now() + 60_000);
    ports[0]?.drop();
    expect(session.active).toBe(true);
    expect(ports).toHaveLength(2);
    await finish();
    expect(texts()).toEqual(['Rain returns', 'By Ann Writer']);
  });
});
