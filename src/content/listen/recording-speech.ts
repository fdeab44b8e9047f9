// The end-to-end build's speech engine (never shipped: only reachable under __READLENS_E2E__). Headless Chromium and
// Firefox have no audio device and list no voice, even with speech-dispatcher and espeak-ng installed, so the e2e
// run swaps speechSynthesis for this recorder in the extension's world: it "speaks" on a clock (a time per
// character, divided by the rate), reports word boundaries and writes every call to an attribute the test reads.
import type { SynthLike, UtteranceLike } from './player';
import type { VoiceLike } from './voices';

/** Where the log goes: an attribute of the reader's host, readable from the page (the e2e build only). */
export const SPEECH_LOG_ATTRIBUTE = 'data-e2e-speech-log';
const MS_PER_CHAR = 10;
/** Whether the recorder is speaking now ('true' / 'false'), beside the log. */
export const SPEAKING_ATTRIBUTE = 'data-e2e-speaking';

interface LogEntry {
  /** 'start': the recorder was created, as a read-aloud session starts (listen.js is loaded by then). */
  call: 'start' | 'speak' | 'cancel';
  /** performance.now() in the page: the same clock as the test's click. */
  t: number;
  text?: string;
  lang?: string;
  rate?: number;
  voice?: string | null;
}

const voice = (name: string, lang: string, isDefault = false): VoiceLike => ({ name, lang, voiceURI: `e2e:${name}`, default: isDefault, localService: true });
const VOICES = [voice('Recorder English', 'en-US', true), voice('Recorder Français', 'fr-FR'), voice('Recorder Français (2)', 'fr-FR')];

class RecordedUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  pitch = 1;
  voice: VoiceLike | null = null;
  onend: UtteranceLike['onend'] = null;
  onerror: UtteranceLike['onerror'] = null;
  onboundary: UtteranceLike['onboundary'] = null;
  constructor(public text: string) {}
}

export function recordingSpeech(host: Element): {
  synth: SynthLike & Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>;
  utterance(text: string): UtteranceLike;
} {
  // Sessions on one reader share the log: a test sees every call since the reader opened.
  const log = JSON.parse(host.getAttribute(SPEECH_LOG_ATTRIBUTE) ?? '[]') as LogEntry[];
  const write = (entry: LogEntry): void => {
    log.push(entry);
    host.setAttribute(SPEECH_LOG_ATTRIBUTE, JSON.stringify(log));
  };
  write({ call: 'start', t: performance.now() });
  const events = new EventTarget();
  const queue: RecordedUtterance[] = [];
  let current: { u: RecordedUtterance; timers: ReturnType<typeof setTimeout>[] } | null = null;

  function startNext(): void {
    const u = queue.shift();
    host.setAttribute(SPEAKING_ATTRIBUTE, String(u !== undefined));
    if (!u) return;
    const perChar = MS_PER_CHAR / (u.rate || 1);
    const timers: ReturnType<typeof setTimeout>[] = [];
    for (const m of u.text.matchAll(/\S+/g)) {
      timers.push(setTimeout(() => u.onboundary?.({ name: 'word', charIndex: m.index, charLength: m[0].length }), m.index * perChar));
    }
    timers.push(setTimeout(() => {
      current = null;
      u.onend?.({});
      // The player queues the next sentence from onend, which already started it.
      if (!current) startNext();
    }, u.text.length * perChar));
    current = { u, timers };
  }

  const synth = {
    getVoices: () => VOICES as unknown as SpeechSynthesisVoice[],
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    speak(u: UtteranceLike) {
      write({ call: 'speak', t: performance.now(), text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
      queue.push(u as RecordedUtterance);
      if (!current) startNext();
    },
    cancel() {
      write({ call: 'cancel', t: performance.now() });
      const waiting = queue.splice(0);
      const speaking = current;
      current = null;
      speaking?.timers.forEach(clearTimeout);
      host.setAttribute(SPEAKING_ATTRIBUTE, 'false');
      setTimeout(() => {
        speaking?.u.onerror?.({ error: 'interrupted' });
        for (const u of waiting) u.onerror?.({ error: 'canceled' });
      }, 0);
    },
  };
  return { synth: synth as never, utterance: (text) => new RecordedUtterance(text) };
}
