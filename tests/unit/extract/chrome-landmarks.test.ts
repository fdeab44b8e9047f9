// Page chrome stays chrome when it holds a heading: a footer with the site's logo <h1> and a blurb about the site
// must not win over a short story.
import { describe, expect, it } from 'vitest';
import { extract, page } from './helpers';

const SITE = 'This site is the neat side of the web. We bring you the neatest, weirdest and most wonderful stuff from ' +
  'all over the web every day, from videos and pictures to stories of curious people. Come back often, and tell your ' +
  'friends about us: there is always something new to see here, whatever the hour.';

describe('chrome landmarks with an <h1>', () => {
  it('a footer holding the logo heading and a long site blurb loses to a short story', () => {
    const menu = Array.from({ length: 12 }, (_, n) => `<li><a href="/s/${n}">A long headline of another story, number ${n}</a></li>`).join('');
    const art = extract(page(`
      <div class="menu-col"><ul>${menu}</ul></div><div id="page"><article><h1>Ball</h1><div class="text"><p>Sports balls, disco balls, meatballs, they are all here in
        this short film. There is no plot to follow, just a treat for your eyes.</p></div></article></div>
      <footer><h1><a href="/">The Site</a></h1><section><p>${SITE}</p></section></footer>`));
    expect(art.text).toContain('a treat for your eyes');
    expect(art.text).not.toContain('neat side of the web');
  });
});
