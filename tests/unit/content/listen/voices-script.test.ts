// @vitest-environment happy-dom
// What read aloud reads (the reader's title, byline and body sentences, not its captions or labels) and with
// which voices (the article's language, the remembered one first).
import { describe, expect, it } from 'vitest';
import { readingScript } from '../../../../src/content/listen/script';
import { pickVoice, primaryLanguage, quoteVoiceFor, voicesFor } from '../../../../src/content/listen/voices';
import { bodySegmentsOf } from '../../../../src/core/read';
import { voice } from '../../support/fake-speech';

function reader(html: string): { article: HTMLElement; body: HTMLElement } {
  document.body.innerHTML = html;
  const article = document.querySelector('article') as HTMLElement;
  return { article, body: article.querySelector('.body') as HTMLElement };
}

const READER = `<article lang="en">
  <header><p class="site">Site</p><h1 class="title">Rain returns</h1>
    <p class="meta"><span class="byline">By Ann Writer</span><span class="reading-time">2 min read</span></p></header>
  <figure class="lead"><img alt=""><figcaption>A wet street <span class="credit">Photo: X</span></figcaption></figure>
  <div class="body">
    <p>Dr. Smith went out. It rained <em>all day</em> long.</p>
    <figure><img alt=""><figcaption>Caption text here.</figcaption></figure>
    <figure data-readlens-embed="YouTube"><button type="button">Play YouTube video</button></figure>
    <p>She said <q class="rl-quote">"it will not stop"</q>, and left.</p>
  </div></article>`;

describe('reading script', () => {
  it('reads the title, the byline, then each body sentence; no site name, reading time, caption, credit or button', () => {
    const { article, body } = reader(READER);
    const script = readingScript(document, article, 'en', () => bodySegmentsOf(body).body);
    expect(script.sentences.map((s) => s.text)).toEqual([
      'Rain returns', 'By Ann Writer', 'Dr. Smith went out.', 'It rained all day long.', 'She said "it will not stop", and left.',
    ]);
    expect(script.sentences.map((s) => s.block)).toEqual([0, 1, 2, 2, 4]);
  });

  it('maps each sentence onto its text in the reader, across inline markup', () => {
    const { article, body } = reader(READER);
    const script = readingScript(document, article, 'en', () => bodySegmentsOf(body).body);
    expect(script.sentences.map((s) => script.range(s)?.toString())).toEqual([
      'Rain returns', 'By Ann Writer', 'Dr. Smith went out.', 'It rained all day long.', 'She said "it will not stop", and left.',
    ]);
  });

  it('cuts a sentence where it enters and leaves a quotation, punctuation staying with its neighbour', () => {
    const { article, body } = reader(READER);
    const script = readingScript(document, article, 'en', () => bodySegmentsOf(body).body);
    const quoted = script.sentences[4];
    expect(quoted && script.parts(quoted)).toEqual([
      { text: 'She said ', offset: 0, quote: false },
      { text: '"it will not stop"', offset: 9, quote: true },
      { text: ', and left.', offset: 27, quote: false },
    ]);
    const plain = script.sentences[2];
    expect(plain && script.parts(plain)).toEqual([{ text: 'Dr. Smith went out.', offset: 0, quote: false }]);
  });

  it('an article without a byline starts its body right after the title', () => {
    const { article, body } = reader('<article><header><h1 class="title">Only a title</h1></header><div class="body"><p>One. Two.</p></div></article>');
    const script = readingScript(document, article, '', () => bodySegmentsOf(body).body);
    expect(script.sentences.map((s) => [s.text, s.block, s.paragraph])).toEqual([['Only a title', 0, -1], ['One.', 1, 0], ['Two.', 1, 0]]);
  });
});

describe('voices', () => {
  const voices = [
    voice('Zed', 'fr-CA'), voice('Amélie', 'fr-FR', { localService: false }), voice('Bernard', 'fr-FR'),
    voice('Anna', 'de-DE', { default: true }), voice('Fil', 'fil-PH'),
  ];

  it('keeps the article language, its own region first, on-device voices before network ones', () => {
    expect(voicesFor(voices, 'fr-FR').map((v) => v.name)).toEqual(['Bernard', 'Amélie', 'Zed']);
    expect(voicesFor(voices, 'FR').map((v) => v.name)).toEqual(['Bernard', 'Zed', 'Amélie']);
    expect(voicesFor(voices, 'fil').map((v) => v.name)).toEqual(['Fil']);
    expect(voicesFor(voices, 'ar')).toEqual([]);
    expect(voicesFor(voices, '')).toEqual([]);
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('x')).toBe('');
  });

  it('picks the remembered voice while it exists, else the default, else the first; a second voice differs', () => {
    const fr = voicesFor(voices, 'fr');
    expect(pickVoice(fr, 'urn:voice:Zed')?.name).toBe('Zed');
    expect(pickVoice(fr, 'urn:voice:Gone')?.name).toBe(fr[0]?.name);
    expect(pickVoice(voicesFor(voices, 'de'), undefined)?.name).toBe('Anna');
    expect(pickVoice([], 'x')).toBeNull();
    expect(quoteVoiceFor(fr, fr[0] ?? null)?.name).toBe(fr[1]?.name);
    expect(quoteVoiceFor(voicesFor(voices, 'de'), voicesFor(voices, 'de')[0] ?? null)).toBeNull();
  });
});
