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
});
