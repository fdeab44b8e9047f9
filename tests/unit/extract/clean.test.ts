// Clutter removal and content fixes: chrome, share bars, widgets, comments, related lists, banners, hidden
// nodes; lazy images; absolute links; headings, lists, tables and quotes kept.
import { describe, expect, it } from 'vitest';
import { extract, page, prose } from './helpers';

describe('clutter removal', () => {
  const html = page(`
    <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
    <div class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a></div>
    <main><article>
      <h1>Storm hits the harbour</h1>
      <div class="share-bar"><span>PARTAGER :</span> <a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <div class="font-size"><a href="#">-A</a> <a href="#">+A</a></div>
      ${prose(1)}
      <div class="ad-slot"><span>Advertisement</span></div>
      ${prose(2)}
      <h2>What happens next</h2>
      ${prose(3)}
      <ul><li>First point of a real list in the story</li><li>Second point of a real list in the story</li></ul>
      <table><tr><th>Boat</th><th>Damage</th></tr><tr><td>Mary</td><td>Sunk</td></tr></table>
      <blockquote><p>We have never seen anything like it in this town, said the harbour master.</p></blockquote>
      <p hidden>Hidden paragraph that must never show up in the reader view, whatever happens.</p>
      <p style="display: none">Another hidden paragraph that must not appear in the reader output.</p>
      <div class="newsletter">Sign up for our newsletter to get the best stories every morning</div>
      <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about boats and harbours</a></li><li><a href="/b">Yet another story about storms</a></li></ul></aside>
    </article></main>
    <section id="comments"><h2>Commentaires</h2><p>A long reader comment that goes on and on about the storm and the harbour, and that should never be part of the article text.</p></section>
    <div class="cookie-banner">We use cookies to improve your experience. Accept cookies?</div>
    <footer>© The Coastal Gazette — Contact — Privacy</footer>`);
  const art = extract(html);

  it('keeps every paragraph, the subheading with its level, lists, tables and quotes', () => {
    for (const n of [1, 2, 3]) expect(art.text).toContain(`Paragraph ${n} tells the story`);
    expect(art.content.querySelector('h2')?.textContent).toBe('What happens next');
    expect(art.content.querySelectorAll('li')).toHaveLength(2);
    expect(art.content.querySelector('table td')?.textContent).toBe('Mary');
    expect(art.content.querySelector('blockquote')).not.toBeNull();
    expect(art.paragraphs).toContain('What happens next');
  });

  it('drops chrome, share bars, widgets, ads, hidden nodes, newsletter, related, comments, cookies, footer', () => {
    for (const junk of ['Home', 'PARTAGER', '+A', 'Advertisement', 'Hidden paragraph', 'Another hidden', 'newsletter', 'Another story', 'Commentaires', 'reader comment', 'cookies', 'Privacy']) {
      expect(art.text, junk).not.toContain(junk);
    }
  });

  it('does not repeat the headline in the body', () => {
    expect(art.title).toBe('Storm hits the harbour');
    expect(art.content.querySelector('h1')).toBeNull();
  });
});

describe('lists of links', () => {
  it('keeps a list of headline-long links inside the story and drops a menu of one-word links', () => {
    const art = extract(page(`<article><h1>This week's reading</h1>${prose(1)}<p>The best posts we read this week:</p>
      <ul><li><a href="/a">Recipe for success: love what you do, by Deborah</a></li><li><a href="/b">Branding for a job or for an opportunity, by Phil</a></li>
      <li><a href="/c">Where success is really hidden, by Nance</a></li></ul>${prose(2)}
      <ul><li><a href="/w">World</a></li><li><a href="/s">Sport</a></li><li><a href="/t">Travel</a></li></ul></article>`));
    expect(art.text).toContain('Where success is really hidden');
    expect(art.text).not.toContain('Travel');
  });
});

describe('images and links', () => {
  const html = page(`<article><h1>Pictures</h1>${prose(1)}
    <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.jpg" alt="Lazy"><figcaption>A lazy picture</figcaption></figure>
    ${prose(2)}
    <p>See <a href="../other/page.html">the other page</a> and <a href="javascript:alert(1)">this</a>. More text so the paragraph counts as prose for sure.</p>
    <picture><source srcset="/img/pic-800.webp 800w, /img/pic-1600.webp 1600w"><img alt="Picture element"></picture>
    <img data-srcset="/img/s-400.jpg 400w, /img/s-1200.jpg 1200w" alt="Srcset only">
    <div><img src="/img/spacer.gif" alt=""><noscript><img src="/img/real.jpg" alt="Noscript"></noscript></div>
    <img src="/img/pixel.png" width="1" height="1" alt="">
    ${prose(3)}</article>`);
  const art = extract(html, 'https://news.example/world/story.html');
  const srcs = Array.from(art.content.querySelectorAll('img')).map((i) => i.getAttribute('src'));

  it('resolves lazy images, <picture>, srcset and <noscript> fallbacks to absolute URLs', () => {
    expect(srcs).toContain('https://news.example/img/lazy.jpg');
    expect(srcs).toContain('https://news.example/img/pic-1600.webp');
    expect(srcs).toContain('https://news.example/img/s-1200.jpg');
    expect(srcs).toContain('https://news.example/img/real.jpg');
    expect(srcs.some((s) => s?.startsWith('data:'))).toBe(false);
    expect(srcs.some((s) => s?.includes('pixel') || s?.includes('spacer'))).toBe(false);
  });

  it('makes links absolute and drops javascript: links', () => {
    const hrefs = Array.from(art.content.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://news.example/other/page.html');
    expect(hrefs.some((h) => h?.startsWith('javascript'))).toBe(false);
    expect(art.text).toContain('and this.');
  });

  it('keeps figure captions in the HTML but out of the text', () => {
    expect(art.content.querySelector('figcaption')?.textContent).toBe('A lazy picture');
    expect(art.text).not.toContain('A lazy picture');
  });
});

describe('figures written without <figure>', () => {
  const html = page(`<div class="col"><h1>Storm</h1>
    <div class="pic"><img src="/img/storm.png" width="640" alt="Waves"><div class="cap">Waves break over the wall at dawn. <span>Picture: Jo Bloggs</span></div></div>
    <div class="txt">${prose(1)}${prose(2)}${prose(3)}</div>
    <div id="discuss"><h4>Have your say (2)</h4><div><b>Reader</b><p>A short reader comment about the storm.</p></div></div></div>`);
  const art = extract(html, 'https://news.example/a/b.html');

  it('reads the caption and credit of an image followed by a caption block', () => {
    expect(art.leadImage?.src).toBe('https://news.example/img/storm.png');
    expect(art.leadImage?.caption).toBe('Waves break over the wall at dawn.');
    expect(art.leadImage?.credit).toBe('Picture: Jo Bloggs');
  });

  it('leaves captions and reader discussion out of the text', () => {
    expect(art.text).not.toContain('Waves break');
    expect(art.text).not.toContain('reader comment');
    expect(art.text).toContain('Paragraph 3 tells');
  });
});
