// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textSegments } from '../../../src/core/read';
import { highlightQuotes } from '../../../src/content/reader/highlight';
import type { Quote } from '../../../src/core/analyze/types';

function quoteOf(text: string, para: number, needle: string, speaker: string | null): Quote {
  const outerStart = text.indexOf(needle);
  return { text: needle.slice(1, -1), speaker, paragraph: para, start: outerStart + 1, end: outerStart + needle.length - 1, outerStart, outerEnd: outerStart + needle.length, confidence: 0.9 };
}

describe('highlightQuotes', () => {
  it('wraps each quotation in <q> without changing the text', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Hollande a dit : "Nous devons agir" puis <em>il a ajouté</em> « c’est <b>urgent</b> ».</p><p>Rien ici.</p>';
    const before = root.textContent;
    const segs = textSegments(root);
    const t = segs[0]!.text;
    const quotes = [quoteOf(t, 0, '"Nous devons agir"', 'François Hollande'), quoteOf(t, 0, '« c’est urgent »', null)];
    const n = highlightQuotes(document, segs, quotes, (s) => `Said by ${s}`);
    expect(n).toBe(2);
    expect(root.textContent).toBe(before);
    const qs = [...root.querySelectorAll('q.rl-quote')];
    expect(qs.map((q) => q.textContent)).toEqual(['"Nous devons agir"', '« c’est urgent »']);
    expect((qs[0] as HTMLElement).dataset.speaker).toBe('François Hollande');
    expect((qs[1] as HTMLElement).dataset.speaker).toBeUndefined();
    expect(qs[1]!.querySelector('b')?.textContent).toBe('urgent');
  });

  it('ignores quotes that point outside the body', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>short</p>';
    const segs = textSegments(root);
    const bad: Quote = { text: 'x', speaker: null, paragraph: 4, start: 0, end: 1, outerStart: 0, outerEnd: 3, confidence: 1 };
    const tooLong: Quote = { ...bad, paragraph: 0, outerEnd: 99 };
    expect(highlightQuotes(document, segs, [bad, tooLong], (s) => s)).toBe(0);
    expect(root.innerHTML).toBe('<p>short</p>');
  });
});
