// Metadata readers: JSON-LD, OpenGraph, <meta>, <time> and microdata; titles and dates.
import { describe, expect, it } from 'vitest';
import { toIso } from '../../../src/core/extract/dates';
import { cleanTitle } from '../../../src/core/extract/metadata';
import { extract, page, prose } from './helpers';

const body = (extra = ''): string => `<article><h1>Storm hits the harbour</h1>${extra}${prose(1)}${prose(2)}${prose(3)}</article>`;

describe('metadata', () => {
  it('prefers JSON-LD NewsArticle (inside @graph) for headline, authors, dates and publisher', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Ignored' },
      { '@type': 'NewsArticle', headline: 'Storm hits the harbour', datePublished: '2023-11-06T09:15:00Z', dateModified: '2023-11-06T10:00:00+01:00',
        author: [{ '@type': 'Person', name: 'Sam Whitaker' }, { '@type': 'Person', name: 'Ana Ruiz' }], publisher: { '@type': 'Organization', name: 'The Coastal Gazette' } },
    ] });
    const art = extract(page(body(), `<script type="application/ld+json">${ld}</script><meta property="og:title" content="Other | Site">`));
    expect(art.title).toBe('Storm hits the harbour');
    expect(art.byline).toBe('Sam Whitaker, Ana Ruiz');
    expect(art.published).toBe('2023-11-06T09:15:00+00:00');
    expect(art.modified).toBe('2023-11-06T10:00:00+01:00');
    expect(art.siteName).toBe('The Coastal Gazette');
  });

  it('survives broken JSON-LD and falls back to OpenGraph and <meta>', () => {
    const head = `<script type="application/ld+json">{ broken</script>
      <meta property="og:title" content="Storm hits the harbour | The Coastal Gazette">
      <meta property="og:site_name" content="The Coastal Gazette">
      <meta name="author" content="By Sam Whitaker">
      <meta property="article:published_time" content="2023-11-06T09:15:00+00:00">
      <meta property="og:description" content="A storm sank boats.">`;
    const art = extract(page(body(), head));
    expect(art.title).toBe('Storm hits the harbour');
    expect(art.siteName).toBe('The Coastal Gazette');
    expect(art.byline).toBe('Sam Whitaker');
    expect(art.published).toBe('2023-11-06T09:15:00+00:00');
    expect(art.excerpt).toBe('A storm sank boats.');
  });

  it('reads <time datetime> and microdata when there is no structured metadata', () => {
    const extra = `<p class="meta"><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
      <time datetime="2021-03-04T05:06:07-05:00">March 4</time></p>
      <meta itemprop="dateModified" content="2021-03-05T08:00:00-05:00">`;
    const art = extract(page(body(extra)));
    expect(art.byline).toBe('Jane Doe');
    expect(art.published).toBe('2021-03-04T05:06:07-05:00');
    expect(art.modified).toBe('2021-03-05T08:00:00-05:00');
    expect(art.text).not.toContain('March 4');
  });

  it('normalises many date spellings without inventing an offset', () => {
    expect(toIso('2016-10-26T12:54:00+0200')).toBe('2016-10-26T12:54:00+02:00');
    expect(toIso('2016-10-26')).toBe('2016-10-26T00:00:00');
    expect(toIso('Wed, 26 Oct 2016 12:54:00 +0200')).toBe('2016-10-26T12:54:00+02:00');
    expect(toIso('Mercredi 26 Octobre 2016 - 12:54')).toBe('2016-10-26T12:54:00');
    // Month lengths and leap years: impossible days give no date.
    expect(toIso('2016-02-29')).toBe('2016-02-29T00:00:00');
    expect(toIso('2000-02-29')).toBe('2000-02-29T00:00:00');
    expect(toIso('2019-02-29')).toBeNull();
    expect(toIso('2100-02-29')).toBeNull();
    expect(toIso('2020-04-31')).toBeNull();
    expect(toIso('2020-12-31')).toBe('2020-12-31T00:00:00');
    expect(toIso('October 26, 2016 1:05 PM')).toBe('2016-10-26T13:05:00');
    expect(toIso('26/10/2016 12h54')).toBe('2016-10-26T12:54:00');
    expect(toIso('not a date')).toBeNull();
    expect(toIso('2016-13-45')).toBeNull();
  });

  it('strips the site name from titles', () => {
    expect(cleanTitle('Storm hits the harbour | The Coastal Gazette', 'The Coastal Gazette')).toBe('Storm hits the harbour');
    expect(cleanTitle('Storm hits the harbour - Gazette', '')).toBe('Storm hits the harbour');
    expect(cleanTitle('A title: with a colon inside it', '')).toBe('A title: with a colon inside it');
  });

  it('reports language and right-to-left direction', () => {
    const html = `<!doctype html><html lang="ar"><head><title>خبر</title></head><body><article>${prose(1)}${prose(2)}</article></body></html>`;
    const art = extract(html);
    expect(art.lang).toBe('ar');
    expect(art.dir).toBe('rtl');
    expect(art.content.getAttribute('dir')).toBe('rtl');
  });
});
