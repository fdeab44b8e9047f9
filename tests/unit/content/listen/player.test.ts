// The read-aloud player over a faithful fake of speechSynthesis: what is spoken, in which order, with which voice
// and rate, and how pause, resume, jumps and errors change it.
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlayer, type Player, type UtteranceLike } from '../../../../src/content/listen/player';
import type { SpokenPart, SpokenSentence } from '../../../../src/content/listen/script';
import { FakeSpeechSynthesis, FakeUtterance, voice } from '../../support/fake-speech';

const TEXTS: [number, string][] = [
  [0, 'The title'],
  [1, 'By Ann Writer'],
  [2, 'First sentence of the body.'],
  [2, 'Second sentence here.'],
  [3, 'A new paragraph starts.'],
  [3, 'It ends "with a quotation" here.'],
];
const sentences: SpokenSentence[] = TEXTS.map(([block, text], index) => ({ index, block, paragraph: block - 2, start: 0, end: text.length, text }));

/** The last sentence is cut at its quotation, as the script does when a quotation is marked in the reader. */
function partsOf(s: SpokenSentence): SpokenPart[] {
  const open = s.text.indexOf('"');
  if (open < 0) return [{ text: s.text, offset: 0, quote: false }];
  const close = s.text.indexOf('"', open + 1) + 1;
  return [
    { text: s.text.slice(0, open), offset: 0, quote: false },
    { text: s.text.slice(open, close), offset: open, quote: true },
    { text: s.text.slice(close), offset: close, quote: false },
  ];
}

const main = voice('Main', 'en-GB');
const second = voice('Second', 'en-US');
let synth: FakeSpeechSynthesis;
let player: Player;
let log: string[];
let rate: number;

beforeEach(() => {
  synth = new FakeSpeechSynthesis();
  log = [];
  rate = 1;
  player = createPlayer({
    synth: synth as unknown as { speak(u: UtteranceLike): void; cancel(): void },
    utterance: (text) => new FakeUtterance(text) as unknown as UtteranceLike,
    sentences,
    parts: partsOf,
    lang: 'en-GB',
    rate: () => rate,
    voicing: (quote) => (quote ? { voice: second, pitch: 1 } : { voice: main, pitch: 1 }),
    events: {
      sentence: (i) => log.push(`sentence ${i}`),
      word: (i, s, e) => log.push(`word ${i} ${sentences[i]?.text.slice(s, e)}`),
      playing: (on) => log.push(on ? 'playing' : 'paused'),
      failed: (error) => log.push(`failed ${error}`),
    },
  });
});

const texts = (): string[] => synth.spoken.map((s) => s.text);
async function finish(): Promise<void> {
  synth.finish();
  await synth.settle();
}

describe('read-aloud player', () => {
  it('speaks the title first, then one utterance per sentence in order, each with the voice, language and rate', async () => {
    player.play();
    await synth.settle();
    expect(texts()).toEqual(['The title']);
    for (let i = 0; i < 4; i++) await finish();
    expect(texts()).toEqual(['The title', 'By Ann Writer', 'First sentence of the body.', 'Second sentence here.', 'A new paragraph starts.']);
    expect(synth.spoken.every((s) => s.lang === 'en-GB' && s.rate === 1 && s.voice === 'Main')).toBe(true);
    expect(log.filter((l) => l.startsWith('sentence'))).toEqual(['sentence 0', 'sentence 1', 'sentence 2', 'sentence 3', 'sentence 4']);
  });

  it('reads a quotation in the second voice, the words around it in the first, and highlights one sentence', async () => {
    player.go(5, true);
    await synth.settle();
    await finish();
    await finish();
    expect(synth.spoken.map((s) => [s.text, s.voice])).toEqual([
      ['It ends ', 'Main'],
      ['"with a quotation"', 'Second'],
      [' here.', 'Main'],
    ]);
    expect(log.filter((l) => l.startsWith('sentence'))).toEqual(['sentence 5']);
    await finish();
    // The end: reading stops and the next play starts from the top.
    expect(player.playing).toBe(false);
    expect(player.index).toBe(0);
  });

  it('reports words from boundary events, with or without their length', async () => {
    player.go(2, true);
    await synth.settle();
    synth.boundary(6, 8);
    synth.boundary(15);
    await synth.settle();
    expect(log.filter((l) => l.startsWith('word'))).toEqual(['word 2 sentence', 'word 2 of']);
  });

  it('pauses by cancelling and resumes at the last word reached, in the same sentence', async () => {
    player.go(2, true);
    await synth.settle();
    synth.boundary(15, 2);
    await synth.settle();
    player.pause();
    await synth.settle();
    expect(synth.speaking).toBe(false);
    expect(player.playing).toBe(false);
    expect(log).toContain('paused');
    player.play();
    await synth.settle();
    expect(texts()).toEqual(['First sentence of the body.', 'of the body.']);
    // A boundary in the resumed utterance still maps onto the whole sentence.
    synth.boundary(3, 3);
    await synth.settle();
    expect(log.at(-1)).toBe('word 2 the');
    await finish();
    expect(texts().at(-1)).toBe('Second sentence here.');
  });

  it('ignores the events of a cancelled utterance: no skipped sentence, no failure', async () => {
    player.play();
    await synth.settle();
    player.step(1);
    player.step(1);
    await synth.settle();
    expect(texts()).toEqual(['The title', 'By Ann Writer', 'First sentence of the body.']);
    expect(log.some((l) => l.startsWith('failed'))).toBe(false);
    await finish();
    expect(texts().at(-1)).toBe('Second sentence here.');
  });

  it('steps by sentence and by paragraph: back to the paragraph start first, then the one before', async () => {
    player.go(3, true);
    await synth.settle();
    player.stepBlock(-1);
    expect(player.index).toBe(2);
    player.stepBlock(-1);
    expect(player.index).toBe(1);
    player.stepBlock(1);
    player.stepBlock(1);
    expect(player.index).toBe(4);
    player.stepBlock(1);
    expect(player.index).toBe(4);
    player.step(-1);
    expect(player.index).toBe(3);
    player.go(99);
    expect(player.index).toBe(5);
    await synth.settle();
    expect(texts().at(-1)).toBe('It ends ');
  });

  it('moves without speaking while paused, and says the new sentence on play', async () => {
    player.go(4, false);
    await synth.settle();
    expect(synth.spoken).toEqual([]);
    expect(log).toEqual(['sentence 4']);
    player.play();
    await synth.settle();
    expect(texts()).toEqual(['A new paragraph starts.']);
  });

  it('a new speed applies at once: the utterance is said again from the last word', async () => {
    player.go(2, true);
    await synth.settle();
    synth.boundary(6, 8);
    await synth.settle();
    rate = 2;
    player.refresh();
    await synth.settle();
    expect(synth.spoken.at(-1)).toMatchObject({ text: 'sentence of the body.', rate: 2 });
  });

  it('stops on a synthesis error and says why; stop() silences everything', async () => {
    player.play();
    await synth.settle();
    synth.fail('language-unavailable');
    await synth.settle();
    expect(log.at(-1)).toBe('failed language-unavailable');
    expect(player.playing).toBe(false);
    expect(synth.speaking).toBe(false);
    player.play();
    await synth.settle();
    player.stop();
    await synth.settle();
    expect(synth.speaking).toBe(false);
    expect(synth.calls.at(-1)).toBe('cancel');
  });
});
