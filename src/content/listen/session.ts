// One read-aloud session on one reader: the controls, the highlight that follows the voice, clicks and keys that
// move it, the remembered speed and voice, and the teardown that silences it when the reader, page or extension goes.
import { LISTEN_PORT, type RevealTarget } from '../../common/messages';
import { DEFAULT_SPEECH, loadSpeech, SPEECH_KEY, updateSpeech, type SpeechSettings } from '../../common/settings';
import type { ListenContext } from './context';
import { createControls, LISTEN_KEYS, type Translate } from './controls';
import { extensionApi, type ExtensionApi, type PortLike } from './extension-api';
import { listenCss } from './listen-css';
import { createPlayer, type SynthLike, type UtteranceLike } from './player';
import { readingScript, type ReadingScript, type SpokenSentence } from './script';
import { pickVoice, primaryLanguage, quoteVoiceFor, voicesFor, type VoiceLike } from './voices';

export interface SpeechDeps {
  synth: SynthLike & {
    getVoices(): readonly VoiceLike[];
    addEventListener(type: 'voiceschanged', listener: () => void, options?: AddEventListenerOptions): void;
  };
  utterance(text: string): UtteranceLike;
  api: ExtensionApi | null;
}

export interface ListenSession {
  readonly active: boolean;
  startAt(target: RevealTarget): void;
  end(): void;
}

/** How long to wait for a browser that lists its voices late before saying it has none. */
const VOICE_WAIT_MS = 2000;
/** A port that drops sooner than this was refused, not timed out: it is not reopened. */
const PORT_MIN_LIFE_MS = 1000;
/** How long a request to read from a quotation waits for the digest to mark it, before reading from the top. */
const QUOTE_WAIT_MS = 5000;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dd, dt, figure, .byline, div';

type HighlightRegistry = Map<string, unknown>;
const highlightApi = (): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null => {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
};

const adopted = new WeakSet<ShadowRoot>();
function addStyles(root: ShadowRoot): void {
  if (adopted.has(root)) return;
  adopted.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(listenCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = listenCss;
    root.append(style);
  }
}

function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The sentence under a point of the reader: hit-test the sentences' own line boxes. */
function sentenceAt(script: ReadingScript, x: number, y: number): SpokenSentence | null {
  for (const s of script.sentences) {
    for (const r of script.range(s)?.getClientRects() ?? []) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return s;
  }
  return null;
}

function sentenceOf(root: ShadowRoot, script: ReadingScript, target: RevealTarget): SpokenSentence | null {
  if (target.kind === 'span') {
    return script.sentences.find((s) => s.paragraph === target.paragraph && target.start < s.end) ?? script.sentences.find((s) => s.paragraph > target.paragraph) ?? null;
  }
  const q = root.querySelector(`q[data-quote="${target.index}"]`);
  return (q && script.sentences.find((s) => script.range(s)?.intersectsNode(q))) || null;
}

let warm: Promise<SpeechSettings> | null = null;

/**
 * The stored speed and voices, read once when listen.js loads and again whenever they change, so that pressing
 * Listen waits for no storage round trip before the first sentence.
 */
export function speechSettings(api: ExtensionApi): Promise<SpeechSettings> {
  const read = (): Promise<SpeechSettings> => loadSpeech(api.storage.sync).catch(() => ({ ...DEFAULT_SPEECH, voices: {} }));
  if (!warm) {
    api.storage.onChanged?.addListener((changes, area) => {
      if (area === 'sync' && SPEECH_KEY in changes) warm = read();
    });
    warm = read();
  }
  return warm;
}

export function startListening(ctx: ListenContext, deps: SpeechDeps, at?: RevealTarget): ListenSession {
  const root = ctx.dialog.getRootNode() as ShadowRoot;
  const article = ctx.dialog.querySelector('article') ?? ctx.dialog;
  const doc = ctx.dialog.ownerDocument;
  const { synth, api } = deps;
  const controller = new AbortController();
  const { signal } = controller;
  const t: Translate = (key, fallback, substitutions) => api?.i18n.getMessage(key, substitutions) || fallback;
  const uiLang = ctx.dialog.lang || 'en';
  const lang = article.lang || doc.documentElement.lang || navigator.language;
  const primary = primaryLanguage(lang);
  // Asked first (usually already read): storage answers while the article is cut into sentences.
  const stored = api ? speechSettings(api) : null;
  const script = readingScript(doc, article, lang, ctx.segments);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const highlights = highlightApi();
  const listenButton = root.querySelector<HTMLElement>('[data-testid="reader-listen"]');
  let speech: SpeechSettings = { ...DEFAULT_SPEECH, voices: {} };
  let voices: VoiceLike[] = [];
  let voicesKnown = false;
  let noVoice = false;
  let marked: Element | null = null;
  let active = true;

  const chosen = (): VoiceLike | null => pickVoice(voices, speech.voices[primary]);
  const player = createPlayer({
    synth,
    utterance: deps.utterance,
    sentences: script.sentences,
    // One utterance per sentence; cut at quotations only when they get the second voice.
    parts: (s) => (speech.quoteVoice ? script.parts(s) : [{ text: s.text, offset: 0, quote: false }]),
    lang,
    rate: () => speech.rate,
    voicing(quote) {
      const main = chosen();
      if (!quote || !speech.quoteVoice) return { voice: main, pitch: 1 };
      // With one voice for the language, quotations still sound apart: the same voice, lower.
      const second = quoteVoiceFor(voices, main);
      return second ? { voice: second, pitch: 1 } : { voice: main, pitch: 0.8 };
    },
    events: {
      sentence: show,
      word(index, start, end) {
        const s = script.sentences[index];
        paint('rl-word', s ? script.range(s, start, end) : null);
      },
      playing: (on) => controls.setPlaying(on),
      failed: () => controls.setStatus(t('listenFailed', "The browser couldn't read this aloud")),
    },
  });

  let saving: Promise<unknown> = Promise.resolve();
  function save(patch: Partial<SpeechSettings>): void {
    const area = api?.storage.sync;
    if (area) saving = saving.then(() => updateSpeech(area, patch)).catch(() => undefined);
  }
  const controls = createControls(doc, t, uiLang, {
    toggle: () => (player.playing ? player.pause() : play()),
    step: (d) => player.step(d),
    stepBlock: (d) => player.stepBlock(d),
    rate(rate) {
      speech.rate = rate;
      save({ rate });
      player.refresh();
    },
    voice(voiceURI) {
      speech.voices[primary] = voiceURI;
      if (primary) save({ voices: { [primary]: voiceURI } });
      player.refresh();
    },
    quoteVoice(on) {
      speech.quoteVoice = on;
      save({ quoteVoice: on });
      player.refresh();
    },
  }, signal);

  function paint(name: string, range: Range | null): void {
    if (!highlights) return;
    if (range) highlights.registry.set(name, new highlights.Highlight(range));
    else highlights.registry.delete(name);
  }

  /** Highlight sentence `index`, mark its block for tests and assistive tech, and keep it in view. */
  function show(index: number): void {
    const s = script.sentences[index];
    const range = s ? script.range(s) : null;
    marked?.removeAttribute('data-speaking');
    marked = null;
    paint('rl-word', null);
    paint('rl-speaking', range);
    if (!range) return;
    const start = range.startContainer;
    marked = (start instanceof Element ? start : start.parentElement)?.closest(BLOCKS) ?? null;
    marked?.setAttribute('data-speaking', String(index));
    const r = range.getBoundingClientRect();
    const box = ctx.dialog.getBoundingClientRect();
    if (r.top < box.top + box.height * 0.15 || r.bottom > box.bottom - box.height * 0.2) {
      ctx.dialog.scrollTo({ top: ctx.dialog.scrollTop + r.top - box.top - box.height / 3, behavior: reduceMotion ? 'auto' : 'smooth' });
    }
  }

  function refreshVoices(): void {
    const all = synth.getVoices();
    if (all.length > 0) voicesKnown = true;
    voices = voicesFor(all, lang);
    controls.setVoices(voices, chosen());
    noVoice = voicesKnown && voices.length === 0;
    if (noVoice) {
      player.stop();
      const message = t('listenNoVoice', `No voice for ${languageName(primary || lang, uiLang)} in this browser`, [languageName(primary || lang, uiLang)]);
      controls.setStatus(message, true);
      if (listenButton) listenButton.title = message;
    } else {
      controls.setStatus('');
    }
  }

  function play(): void {
    if (!noVoice) player.play();
  }

  function end(): void {
    if (!active) return;
    active = false;
    player.stop();
    controller.abort();
    paint('rl-speaking', null);
    paint('rl-word', null);
    marked?.removeAttribute('data-speaking');
    controls.bar.remove();
    listenButton?.setAttribute('aria-pressed', 'false');
    ctx.dialog.classList.remove('listening');
  }

  /** A port to the background: it drops when the extension is reloaded or removed, and then nothing may speak on. */
  function watchExtension(): void {
    let port: PortLike;
    const opened = Date.now();
    try {
      const runtime = api?.runtime;
      if (!runtime?.id) return;
      port = runtime.connect({ name: LISTEN_PORT });
    } catch {
      end();
      return;
    }
    port.onDisconnect.addListener(() => {
      if (!active) return;
      // A service worker that went idle drops its ports too: then the extension is still there (it has an id).
      if (!extensionApi()) end();
      else if (Date.now() - opened > PORT_MIN_LIFE_MS) watchExtension();
    });
    signal.addEventListener('abort', () => port.disconnect());
  }

  // Wiring.
  addStyles(root);
  ctx.dialog.classList.add('listening');
  if (!highlights) ctx.dialog.classList.add('no-highlight-api');
  listenButton?.setAttribute('aria-pressed', 'true');
  (listenButton ?? ctx.dialog.firstElementChild)?.after(controls.bar);
  ctx.signal.addEventListener('abort', end, { signal });
  doc.defaultView?.addEventListener('pagehide', end, { signal });
  watchExtension();
  synth.addEventListener('voiceschanged', refreshVoices, { signal });
  refreshVoices();
  if (!voicesKnown) {
    // Chrome lists voices only after a first getVoices(); a browser with none never fires voiceschanged.
    const timer = setTimeout(() => {
      voicesKnown = true;
      refreshVoices();
    }, VOICE_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer));
  }
  article.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || event.target.closest('a, button, input, select, label')) return;
    const s = sentenceAt(script, event.clientX, event.clientY);
    if (s) player.go(s.index);
  }, { signal });
  ctx.dialog.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest('select, input')) return;
    const actions: Record<string, () => void> = {
      [LISTEN_KEYS.toggle]: () => (player.playing ? player.pause() : play()),
      [LISTEN_KEYS.prev]: () => player.step(-1),
      [LISTEN_KEYS.next]: () => player.step(1),
      [LISTEN_KEYS.prevBlock]: () => player.stepBlock(-1),
      [LISTEN_KEYS.nextBlock]: () => player.stepBlock(1),
    };
    const action = actions[event.key];
    if (!action) return;
    action();
    event.preventDefault();
    event.stopPropagation();
  }, { signal });

  const startAt = (target: RevealTarget | undefined): void => {
    if (noVoice) return;
    const s = target ? sentenceOf(root, script, target) : null;
    if (s) player.go(s.index, true);
    else if (target?.kind === 'quote') awaitQuote(target);
    else play();
  };
  /** A reader opened for this request marks its quotations when the digest arrives: start once it has. */
  function awaitQuote(target: RevealTarget): void {
    const observer = new MutationObserver(() => {
      const s = sentenceOf(root, script, target);
      if (s) done(() => player.go(s.index, true));
    });
    const timer = setTimeout(() => done(play), QUOTE_WAIT_MS);
    const done = (then: () => void): void => {
      observer.disconnect();
      clearTimeout(timer);
      if (active) then();
    };
    observer.observe(root, { subtree: true, childList: true });
    signal.addEventListener('abort', () => done(() => undefined));
  }
  // The remembered speed and voice apply from the first sentence: storage answers in a few milliseconds.
  controls.setSpeech(speech.rate, speech.quoteVoice);
  void (stored ?? Promise.resolve(speech)).then((settings) => {
    if (!active) return;
    speech = settings;
    controls.setSpeech(speech.rate, speech.quoteVoice);
    controls.setVoices(voices, chosen());
    startAt(at);
  });

  return {
    get active() {
      return active;
    },
    startAt,
    end,
  };
}
