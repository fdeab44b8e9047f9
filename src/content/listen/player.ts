// Reads a script aloud through speechSynthesis: one utterance per sentence (or per quotation part with the second
// voice), as Chrome cuts long utterances short; moves by sentence and paragraph; pauses and resumes at a word.
import type { SpokenPart, SpokenSentence } from './script';
import type { VoiceLike } from './voices';

/** The part of SpeechSynthesisUtterance the player sets and listens to. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  pitch: number;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onboundary: ((event: { name?: string; charIndex: number; charLength?: number }) => void) | null;
}

/** The part of speechSynthesis the player drives. */
export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}

export interface Voicing {
  voice: VoiceLike | null;
  pitch: number;
}

export interface PlayerEvents {
  /** Sentence `index` is the one being read now (also while paused on it). */
  sentence(index: number): void;
  /** The voice reached the word at [start, end) of the sentence's text. */
  word(index: number, start: number, end: number): void;
  playing(on: boolean): void;
  /** The browser could not speak (no voice for the language, a synthesis error): reading stops. */
  failed(error: string): void;
}

export interface PlayerOptions {
  synth: SynthLike;
  utterance(text: string): UtteranceLike;
  sentences: readonly SpokenSentence[];
  parts(sentence: SpokenSentence): SpokenPart[];
  lang: string;
  rate(): number;
  voicing(quote: boolean): Voicing;
  events: PlayerEvents;
}

export interface Player {
  readonly index: number;
  readonly playing: boolean;
  play(): void;
  pause(): void;
  /** Go to sentence `index` (clamped) and read from there if playing or `start`. */
  go(index: number, start?: boolean): void;
  step(direction: 1 | -1): void;
  /** Previous: the start of this paragraph, or of the one before when already there. Next: the next paragraph. */
  stepBlock(direction: 1 | -1): void;
  /** Say the current part again from the last word, with the voice and rate as they are now. */
  refresh(): void;
  stop(): void;
}

/** Errors that only mean "we cancelled it": never a failure. */
const CANCELLED = new Set(['interrupted', 'canceled']);

export function createPlayer(o: PlayerOptions): Player {
  const { sentences, synth, events } = o;
  let index = 0;
  let part = 0;
  /** Where in the current part to start speaking: 0, or the last word reached before a pause. */
  let resumeAt = 0;
  let playing = false;
  /** Bumped on every utterance and every cancel: events of an older utterance are ignored. */
  let token = 0;

  function setPlaying(on: boolean): void {
    if (playing === on) return;
    playing = on;
    events.playing(on);
  }

  function silence(): void {
    token += 1;
    synth.cancel();
  }

  function speakCurrent(): void {
    const sentence = sentences[index];
    const parts = sentence ? o.parts(sentence) : [];
    const current = parts[part];
    if (!sentence || !current) return;
    const my = ++token;
    const from = Math.min(resumeAt, current.text.length);
    const u = o.utterance(current.text.slice(from));
    const voicing = o.voicing(current.quote);
    u.lang = o.lang;
    u.rate = o.rate();
    u.pitch = voicing.pitch;
    if (voicing.voice) u.voice = voicing.voice;
    u.onboundary = (e) => {
      if (my !== token || (e.name !== undefined && e.name !== 'word')) return;
      const inPart = from + e.charIndex;
      resumeAt = inPart;
      const start = current.offset + inPart;
      const length = e.charLength || (/^\S*/.exec(sentence.text.slice(start))?.[0].length ?? 0);
      if (length > 0) events.word(index, start, start + length);
    };
    u.onend = () => {
      if (my !== token) return;
      resumeAt = 0;
      if (part + 1 < parts.length) {
        part += 1;
        speakCurrent();
      } else if (index + 1 < sentences.length) {
        // The engine is idle after `end`: no cancel() before the next sentence.
        moveTo(index + 1, true);
      } else {
        // The end: the next play starts from the top.
        setPlaying(false);
        go(0, false);
      }
    };
    u.onerror = (e) => {
      if (my !== token || CANCELLED.has(e.error ?? '')) return;
      token += 1;
      setPlaying(false);
      events.failed(e.error ?? 'synthesis-failed');
    };
    synth.speak(u);
  }

  function go(target: number, start = playing): void {
    if (sentences.length === 0) return;
    silence();
    moveTo(target, start);
  }

  function moveTo(target: number, start: boolean): void {
    index = Math.max(0, Math.min(sentences.length - 1, target));
    part = 0;
    resumeAt = 0;
    events.sentence(index);
    if (start) {
      setPlaying(true);
      speakCurrent();
    }
  }

  return {
    get index() {
      return index;
    },
    get playing() {
      return playing;
    },
    play() {
      if (playing || sentences.length === 0) return;
      setPlaying(true);
      events.sentence(index);
      speakCurrent();
    },
    // speechSynthesis.pause() does nothing with some engines (speech-dispatcher on Linux) and leaves Chrome's
    // queue stuck after a while: cancel instead, and resume from the last word reached.
    pause() {
      if (!playing) return;
      silence();
      setPlaying(false);
    },
    go,
    step(direction) {
      go(index + direction);
    },
    stepBlock(direction) {
      const block = sentences[index]?.block ?? 0;
      const firstOf = (b: number): number => sentences.findIndex((s) => s.block === b);
      if (direction === 1) {
        const next = sentences.findIndex((s) => s.block > block);
        if (next >= 0) go(next);
        return;
      }
      const start = firstOf(block);
      if (start < index) return go(start);
      const before = sentences[start - 1];
      if (before) go(firstOf(before.block));
    },
    refresh() {
      if (!playing) return;
      silence();
      speakCurrent();
    },
    stop() {
      silence();
      setPlaying(false);
    },
  };
}
