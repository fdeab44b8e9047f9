// A faithful stand-in for the Web Speech API's speechSynthesis: voices that arrive late with `voiceschanged`, a
// speak queue that runs one utterance at a time, pause/resume/cancel with the spec's events ('interrupted' for
// the one speaking, 'canceled' for those waiting), all delivered asynchronously as browsers do. The test plays the
// voice: `boundary()` reports a word, `finish()` ends the utterance being spoken.

export interface FakeVoice {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

type Handler<E> = ((event: E) => void) | null;
interface SpeechEvent {
  type: string;
  utterance: FakeUtterance;
  charIndex: number;
  charLength?: number;
  name?: string;
  error?: string;
}

export class FakeUtterance {
  text: string;
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  voice: FakeVoice | null = null;
  onstart: Handler<SpeechEvent> = null;
  onend: Handler<SpeechEvent> = null;
  onerror: Handler<SpeechEvent> = null;
  onboundary: Handler<SpeechEvent> = null;
  onpause: Handler<SpeechEvent> = null;
  onresume: Handler<SpeechEvent> = null;
  constructor(text = '') {
    this.text = text;
  }
}

export const voice = (name: string, lang: string, extra: Partial<FakeVoice> = {}): FakeVoice => ({
  name, lang, voiceURI: `urn:voice:${name}`, default: false, localService: true, ...extra,
});

/** What a speech engine said: one record per utterance that started, with the settings it started with. */
export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  pitch: number;
  voice: string | null;
}

export class FakeSpeechSynthesis extends EventTarget {
  private voices: FakeVoice[] = [];
  private queue: FakeUtterance[] = [];
  private current: FakeUtterance | null = null;
  paused = false;
  readonly spoken: Spoken[] = [];
  /** Calls in order, e.g. ['speak', 'cancel', 'speak']. */
  readonly calls: string[] = [];
  private pendingEvents: Promise<void> = Promise.resolve();

  get speaking(): boolean {
    return this.current !== null;
  }
  get pending(): boolean {
    return this.queue.length > 0;
  }
  getVoices(): FakeVoice[] {
    return [...this.voices];
  }
  /** The engine's voices arrive (browsers load them after the first getVoices()). */
  loadVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.later(() => this.dispatchEvent(new Event('voiceschanged')));
  }

  speak(utterance: FakeUtterance): void {
    if (!(utterance instanceof FakeUtterance)) throw new TypeError('speak() takes a SpeechSynthesisUtterance');
    this.calls.push('speak');
    this.queue.push(utterance);
    if (!this.current && !this.paused) this.startNext();
  }
  cancel(): void {
    this.calls.push('cancel');
    const waiting = this.queue;
    this.queue = [];
    const speaking = this.current;
    this.current = null;
    if (speaking) this.fire(speaking, 'error', { error: 'interrupted' });
    for (const u of waiting) this.fire(u, 'error', { error: 'canceled' });
  }
  pause(): void {
    this.calls.push('pause');
    if (this.paused) return;
    this.paused = true;
    if (this.current) this.fire(this.current, 'pause');
  }
  resume(): void {
    this.calls.push('resume');
    if (!this.paused) return;
    this.paused = false;
    if (this.current) this.fire(this.current, 'resume');
    else this.startNext();
  }

  /** The engine reached a word of the utterance being spoken. */
  boundary(charIndex: number, charLength?: number): void {
    const u = this.requireCurrent();
    this.fire(u, 'boundary', { name: 'word', charIndex, ...(charLength === undefined ? {} : { charLength }) });
  }
  /** The utterance being spoken ends; the next in the queue starts. */
  finish(): void {
    const u = this.requireCurrent();
    this.current = null;
    this.fire(u, 'end');
    if (!this.paused) this.startNext();
  }
  /** The engine fails on the utterance being spoken (e.g. 'language-unavailable'). */
  fail(error: string): void {
    const u = this.requireCurrent();
    this.current = null;
    this.fire(u, 'error', { error });
    if (!this.paused) this.startNext();
  }
  /** The text being spoken, or null. */
  get speakingText(): string | null {
    return this.current?.text ?? null;
  }
  /** Wait for every event fired so far to be delivered. */
  async settle(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.pendingEvents;
      await seen;
    } while (seen !== this.pendingEvents);
  }

  private startNext(): void {
    const next = this.queue.shift();
    if (!next) return;
    this.current = next;
    this.spoken.push({ text: next.text, lang: next.lang, rate: next.rate, pitch: next.pitch, voice: next.voice?.name ?? null });
    this.fire(next, 'start');
  }
  private requireCurrent(): FakeUtterance {
    if (!this.current) throw new Error('nothing is being spoken');
    return this.current;
  }
  private fire(u: FakeUtterance, type: string, extra: Partial<SpeechEvent> = {}): void {
    const event: SpeechEvent = { type, utterance: u, charIndex: 0, ...extra };
    this.later(() => (u[`on${type}` as 'onend'] as Handler<SpeechEvent>)?.(event));
  }
  /** Speech events are tasks in browsers, never delivered inside the call that caused them. */
  private later(fn: () => void): void {
    this.pendingEvents = this.pendingEvents.then(() => new Promise<void>((resolve) => setTimeout(() => {
      fn();
      resolve();
    }, 0)));
  }
}
