// Blog themes' rows about the post ("This entry was posted on … and is filed under …", "Posted in … | Comments",
// an entry's own footer of tags) leave the text: the reader shows the date and author from the metadata.
import { describe, expect, it } from 'vitest';
import { extract, page, prose } from './helpers';

describe('post meta rows', () => {
  it('cuts postmetadata, postmeta, entry-footer and entry-utility rows, content word or not', () => {
    const art = extract(page(`<div class="post"><h1>Robot drummer</h1><div class="entrytext">${prose(1)}${prose(2)}
      <p class="postmetadata alt">This entry was posted on Saturday, August 25th at 12:23 am and is filed under Robots. You can follow any responses to this entry.</p></div>
      <div class="postmeta">Posted in: Robots | Comments are closed for this story now</div>
      <footer class="entry-footer">Tagged robots, drums, music and other things worth a look</footer>
      <div class="entry-utility">Bookmark the permalink of this post about the drumming robot</div></div>`));
    expect(art.text).toContain('Paragraph 2 tells');
    for (const row of ['This entry was posted', 'Posted in', 'Tagged robots', 'Bookmark the permalink']) expect(art.text).not.toContain(row);
  });

  it('keeps running prose that a meta word wraps (a blog editor\'s "byline-author" span around paragraphs)', () => {
    const body = 'Many readers asked for larger pictures, and today we are adding them to the front page. They load as you scroll. ' +
      'Stories that are still developing now show a live timeline of updates next to them, newest first. ' +
      'Discussions about a story appear under it for readers who have signed in, so that you can see what people you follow make of it. ' +
      'We hope you like the change, and we read every note you send us about it.';
    const art = extract(page(`<div class="post"><h1>Updates</h1><div class="post-body">${prose(1)}
      <span class="byline-author">${body}</span><span class="byline">By Ann Smith</span>${prose(2)}</div></div>`));
    expect(art.text).toContain('live timeline of updates');
    expect(art.text).not.toContain('By Ann Smith');
  });

  it('keeps a meta block that is the whole article but for a line (a photo page\'s caption is its story)', () => {
    const caption = 'A boy poses with a painting at the exhibition in the old harbour hall on Sunday. The paintings are drawn so that ' +
      'visitors seem to stand inside them. The show runs until the end of the month and draws families from the whole region.';
    const art = extract(page(`<div class="story"><h1>Painted worlds</h1><div class="storyText"><p><a href="/photos">More photos</a></p>
      <div class="viewer"><img src="/a.jpg" width="600"><div class="caption">${caption}</div></div></div></div>`));
    expect(art.text).toContain('inside them');
  });

  it('still cuts a meta row beside a short post of its own', () => {
    const art = extract(page(`<div class="post"><h1>Robot drummer</h1><div class="entrytext"><p>A few minutes of a robot drummer playing rock and roll at the fair, filmed by the band who built it and are now building a guitarist.</p>
      <p class="postmetadata">This entry was posted on Saturday, August 25th at 12:23 am and is filed under Neat Stuff, Robot Art, Robot Rock and Videos. You can follow any responses to this entry through the feed. You can leave a response, or trackback from your own site.</p></div></div>`));
    expect(art.text).toContain('robot drummer playing');
    expect(art.text).not.toContain('This entry was posted');
  });
});
