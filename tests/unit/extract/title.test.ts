// The title: a site's masthead <h1> (logo class, or a lone link to the front page) is the site's name, not the story's.
import { describe, expect, it } from 'vitest';
import { extract, page, prose } from './helpers';

const body = (h1s: string) => `<header>${h1s}</header><article>${[1, 2, 3, 4, 5].map(prose).join('')}</article>`;

describe('title', () => {
  it('"Site: Headline" with the site in a front-page-link <h1>: the headline', () => {
    const html = page(body(`<h1 class="title"><a href="https://blog.example/">Silicon Notes</a></h1>`), '').replace('<title>T</title>', '<title>Silicon Notes: Open flow for programmable logic</title>');
    expect(extract(html).title).toBe('Open flow for programmable logic');
  });

  it('"Headline @ Blog :: Host ::" with logo and blog-name <h1>s: the headline', () => {
    const html = page(body(`<h1 class="topbar__logo__title">Host Network</h1><h1><a href="/blog">Steven's place</a></h1>`))
      .replace('<title>T</title>', "<title>Autumn leaves at the camp (2) @ Steven's place :: Host Network ::</title>");
    expect(extract(html).title).toBe('Autumn leaves at the camp (2)');
  });

  it('"Headline — Site" with the headline in its <h1>: the headline, even when it links to the story', () => {
    const html = page(`<header><a href="/">Gazette</a></header><article><h1><a href="/2024/05/storm-hits-the-coast.html">Storm hits the coast overnight</a></h1>${[1, 2, 3, 4].map(prose).join('')}</article>`)
      .replace('<title>T</title>', '<title>Storm hits the coast overnight — The Coastal Gazette, news from Port Ellery</title>');
    expect(extract(html).title).toBe('Storm hits the coast overnight');
  });
});
