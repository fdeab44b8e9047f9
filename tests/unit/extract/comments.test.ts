// Readers' comments under a plain heading ("Comments", "3 Responses to …") are cut, however prose-like they read.
import { describe, expect, it } from 'vitest';
import { extract, page, prose } from './helpers';

const COMMENT = (n: number): string => `<div class="c${n}"><p>Reader ${n} thinks the harbour story misses the point about the night ferry and writes at length about why the council should have known better.</p><p class="posted">Posted by: reader${n}</p></div>`;

describe('comments under a heading', () => {
  it('cuts the section from a "Comments" heading on, the heading climbed to the block it opens', () => {
    const art = extract(page(`<div class="main"><h1>Harbour</h1>${prose(1)}${prose(2)}${prose(3)}
      <div class="form"><h2>Comments</h2></div>${COMMENT(1)}${COMMENT(2)}${COMMENT(3)}<p>Powered by a blog engine.</p></div>`));
    expect(art.text).toContain('Paragraph 3 tells');
    expect(art.text).not.toContain('night ferry');
    expect(art.text).not.toContain('Powered by');
  });

  it('reads counts and "Responses to" titles; leaves a heading that merely mentions comments', () => {
    const cut = extract(page(`<div>${prose(1)}${prose(2)}<h3>3 Responses to “Harbour”</h3>${COMMENT(1)}${COMMENT(2)}</div>`));
    expect(cut.text).not.toContain('night ferry');
    const kept = extract(page(`<div>${prose(1)}<h2>Comments from the mayor's office</h2>${prose(2)}${prose(3)}</div>`));
    expect(kept.text).toContain('Paragraph 3 tells');
    // A section named "Response" or "Reactions" belongs to the article (an API's request and response, a story's reactions).
    for (const title of ['Response', 'Reactions', 'Discussion']) {
      expect(extract(page(`<div>${prose(1)}${prose(2)}<h2>${title}</h2>${prose(3)}</div>`)).text).toContain('Paragraph 3 tells');
    }
  });

  it('never cuts when the heading comes before the story', () => {
    const art = extract(page(`<div><h2>Comments</h2>${prose(1)}${prose(2)}${prose(3)}</div>`));
    expect(art.text).toContain('Paragraph 3 tells');
  });
});
