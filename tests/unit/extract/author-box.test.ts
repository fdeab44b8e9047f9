// Boxes about the writer ('author-bios', 'about_author', 'post-author') are not the story: a long bio beside a short
// post must not be chosen, and one inside the post is cut. A WordPress 'author-jdoe' class on the post is no box.
import { describe, expect, it } from 'vitest';
import { extract, page, prose } from './helpers';

const BIO = 'Mary Brock is a scientist who works on drugs you have hopefully never heard of. She enjoys cooking to blue ' +
  'grass music, messing with her cats and hosting the book club of the local skeptics. She was born in a small town ' +
  'by the sea, studied chemistry in the city and has written for this site since it began, many years ago now.';
const SHORT = '<p>On this day the Red Cross was formed. If you are in the path of the storm today, please be careful!</p>';
const LINKS = Array.from({ length: 8 }, (_, n) => `<li><a href="/x/${n}">A long headline of a story worth reading, number ${n}</a></li>`).join('');

describe('author boxes', () => {
  it('a bio beside a short post of links is not the article', () => {
    const art = extract(page(`<div id="content"><div class="post"><h1>Quickies</h1><div class="entry-content">${SHORT}<ul>${LINKS}</ul></div></div>
      <div class="post-author"><div class="grid5"><p>${BIO}</p></div></div></div>`));
    expect(art.text).toContain('the Red Cross was formed');
    expect(art.text).not.toContain('Mary Brock');
  });

  it('a bio inside the post is cut, whatever content word the box also carries', () => {
    const art = extract(page(`<div class="post"><h1>Storm</h1>${prose(1)}${prose(2)}
      <div class="author-bios post-text"><h3>About the Author</h3><div class="bio"><p>${BIO}</p></div></div></div>`));
    expect(art.text).toContain('Paragraph 2 tells');
    expect(art.text).not.toContain('Mary Brock');
  });

  it('a taxonomy class naming the author on the post itself is not a box', () => {
    const art = extract(page(`<div class="entry-author-mary entry"><h1>Storm</h1>${prose(1)}${prose(2)}</div>`));
    expect(art.text).toContain('Paragraph 1 tells');
  });
});
