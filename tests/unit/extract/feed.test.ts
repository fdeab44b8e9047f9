import { describe, expect, it } from 'vitest';
import { extract, prose } from './helpers';

const story = (headline: string, from: number) => `<article><h1>${headline}</h1>${prose(from)}${prose(from + 1)}${prose(from + 2)}</article>`;
const feedPage = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('feed pages (infinite scroll)', () => {
  it('keeps the story whose headline is the title, not the stories appended after it', () => {
    const html = feedPage('Library extends its Sunday hours', story('Library extends its Sunday hours', 1) + story('Bridge repairs start in March', 10) + story('Choir wins regional prize', 20));
    const art = extract(html);
    expect(art.title).toBe('Library extends its Sunday hours');
    expect(art.text).toContain('Paragraph 1 ');
    expect(art.text).not.toContain('Paragraph 10 ');
    expect(art.text).not.toContain('Paragraph 20 ');
  });

  it('leaves a page alone when the articles are not all headed stories (e.g. comments)', () => {
    const html = feedPage('Library extends its Sunday hours', `${story('Library extends its Sunday hours', 1)}<article>${prose(30)}</article>`);
    expect(extract(html).text).toContain('Paragraph 30 ');
  });

  it('leaves a page alone when no story carries the title', () => {
    const html = feedPage('Fernhill Weekly', story('Bridge repairs start in March', 1) + story('Choir wins regional prize', 10));
    const text = extract(html).text;
    expect(text).toContain('Paragraph 1 ');
    expect(text).toContain('Paragraph 10 ');
  });
});
