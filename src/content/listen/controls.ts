// Read aloud's controls in the reader's toolbar: play/pause, sentence and paragraph steps, speed, voice, the second
// voice for quotations and a status line. Every control is a real button, select or checkbox, named for screen readers.
import { SPEECH_RATES } from '../../common/settings';
import { icon, type IconName } from '../icons';
import type { VoiceLike } from './voices';

export type Translate = (key: string, fallback: string, substitutions?: string[]) => string;

export interface ControlActions {
  toggle(): void;
  step(direction: 1 | -1): void;
  stepBlock(direction: 1 | -1): void;
  rate(rate: number): void;
  voice(voiceURI: string): void;
  quoteVoice(on: boolean): void;
}

export interface ListenControls {
  bar: HTMLElement;
  setPlaying(on: boolean): void;
  setVoices(voices: readonly VoiceLike[], chosen: VoiceLike | null): void;
  setSpeech(rate: number, quoteVoice: boolean): void;
  /** A sentence for the status line ('' clears it); `blocking` also disables play. */
  setStatus(message: string, blocking?: boolean): void;
}

/** Keys inside the reader while listening; shown in the buttons' names. */
export const LISTEN_KEYS = { toggle: 'k', prev: ',', next: '.', prevBlock: '[', nextBlock: ']' } as const;

export function createControls(doc: Document, t: Translate, uiLang: string, actions: ControlActions, signal: AbortSignal): ListenControls {
  const bar = doc.createElement('div');
  bar.className = 'listen';
  bar.dataset.testid = 'listen-controls';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t('listenControls', 'Read aloud'));

  const button = (symbol: IconName, testid: string, label: string, key: string, onClick: () => void): HTMLButtonElement => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.append(icon(doc, symbol));
    b.dataset.testid = testid;
    b.title = `${label} (${key})`;
    b.setAttribute('aria-label', b.title);
    b.addEventListener('click', onClick, { signal });
    return b;
  };
  // Media symbols keep their left-to-right shape in a right-to-left UI: "previous" stays the left arrow.
  const prevBlock = button('previousBlock', 'listen-prev-paragraph', t('listenPrevParagraph', 'Previous paragraph'), LISTEN_KEYS.prevBlock, () => actions.stepBlock(-1));
  const prev = button('previous', 'listen-prev', t('listenPrevSentence', 'Previous sentence'), LISTEN_KEYS.prev, () => actions.step(-1));
  const play = button('play', 'listen-play', t('listenPlay', 'Play'), LISTEN_KEYS.toggle, () => actions.toggle());
  const next = button('next', 'listen-next', t('listenNextSentence', 'Next sentence'), LISTEN_KEYS.next, () => actions.step(1));
  const nextBlock = button('nextBlock', 'listen-next-paragraph', t('listenNextParagraph', 'Next paragraph'), LISTEN_KEYS.nextBlock, () => actions.stepBlock(1));

  const labelled = (control: HTMLElement, text: string): HTMLLabelElement => {
    const label = doc.createElement('label');
    const span = doc.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = text;
    label.append(span, control);
    return label;
  };
  const speed = doc.createElement('select');
  speed.dataset.testid = 'listen-speed';
  const numbers = new Intl.NumberFormat(uiLang, { maximumFractionDigits: 2 });
  for (const rate of SPEECH_RATES) {
    const option = doc.createElement('option');
    option.value = String(rate);
    option.textContent = `${numbers.format(rate)}×`;
    speed.append(option);
  }
  speed.addEventListener('change', () => actions.rate(Number(speed.value)), { signal });
  const voice = doc.createElement('select');
  voice.dataset.testid = 'listen-voice';
  voice.addEventListener('change', () => actions.voice(voice.value), { signal });
  const quote = doc.createElement('input');
  quote.type = 'checkbox';
  quote.dataset.testid = 'listen-quote-voice';
  quote.addEventListener('change', () => actions.quoteVoice(quote.checked), { signal });
  const quoteLabel = doc.createElement('label');
  quoteLabel.className = 'quote-voice';
  quoteLabel.append(quote, doc.createTextNode(t('listenQuoteVoice', 'Quotations in a second voice')));
  const status = doc.createElement('span');
  status.className = 'status';
  status.dataset.testid = 'listen-status';
  status.setAttribute('role', 'status');

  bar.append(prevBlock, prev, play, next, nextBlock, labelled(speed, t('listenSpeed', 'Speed')), labelled(voice, t('listenVoice', 'Voice')), quoteLabel, status);

  return {
    bar,
    setPlaying(on) {
      const label = on ? t('listenPause', 'Pause') : t('listenPlay', 'Play');
      play.replaceChildren(icon(doc, on ? 'pause' : 'play'));
      play.title = `${label} (${LISTEN_KEYS.toggle})`;
      play.setAttribute('aria-label', play.title);
      play.dataset.playing = String(on);
    },
    setVoices(voices, chosen) {
      voice.replaceChildren(
        ...voices.map((v) => {
          const option = doc.createElement('option');
          option.value = v.voiceURI;
          option.textContent = v.name;
          option.selected = v === chosen;
          return option;
        }),
      );
      voice.disabled = voices.length === 0;
    },
    setSpeech(rate, quoteVoice) {
      speed.value = String(rate);
      quote.checked = quoteVoice;
    },
    setStatus(message, blocking = false) {
      status.textContent = message;
      play.disabled = blocking;
    },
  };
}
