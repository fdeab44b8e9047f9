// A single long paragraph must not stand for the article when its container holds the rest of the story in
// short lines and lists (which score against a block on their own): the container is taken instead.
import { describe, expect, it } from 'vitest';
import { extract, page } from './helpers';

const LONG = 'The band recorded the album in a cold farmhouse over one winter, and the songs carry that weather: slow, ' +
  'patient, full of rain on windows and fires that take a long time to catch. We asked the singer how the record came ' +
  'together, what she listened to on the long drives between the farm and the city, and which of these songs she would ' +
  'play to someone who had never heard of the band. Her answers became this playlist, one track for each grey afternoon.';
const TRACKS = ['1. In The Dirt - S. Carey', '2. Gained in the Fire - Mynas', '3. Travelling Woman - Bats', '4. Done with Love - Town', '5. Autumn Sweater - Yo La', '6. Holocene - Bon Iver'];

describe('a paragraph that outscores its container', () => {
  it('takes the container: the track list and the closing lines come with the paragraph', () => {
    const art = extract(page(`
      <div class="layout"><div class="post">
        <h1>Rainy day songs</h1>
        <div class="entry"><p>${LONG}</p>${TRACKS.map((t) => `<p><strong>${t}</strong></p>`).join('')}
          <ul><li>Recorded at home</li><li>Mixed in one night</li></ul><p>Listen loud</p></div>
      </div>
      <div class="rail"><h3>Elsewhere</h3><ul>${[1, 2, 3].map((n) => `<li><a href="/p/${n}">Another story on the site number ${n}</a></li>`).join('')}</ul></div></div>`));
    expect(art.text).toContain('one track for each grey afternoon');
    for (const t of TRACKS) expect(art.text).toContain(t);
    expect(art.text).toContain('Mixed in one night');
    expect(art.text).toContain('Listen loud');
    expect(art.text).not.toContain('Another story on the site');
  });

  it('takes the lone paragraph\'s short prose siblings along when the container scores against', () => {
    const links = Array.from({ length: 12 }, (_, n) => `<li><a href="/s/${n}">A long headline of another story, number ${n}</a></li>`).join('');
    const art = extract(page(`<div class="mix"><p>Whilst browsing a slide deck one morning, the following slide hit me hard.</p><p>${LONG}</p>
      <ul><li>What do you believe about the people you lead every day?</li></ul><ul>${links}</ul></div>`));
    expect(art.text).toContain('the following slide hit me hard');
    expect(art.text).toContain('one track for each grey afternoon');
    expect(art.text).not.toContain('A long headline of another story');
  });

  it('takes the lists and short lines between the lone paragraph and its other prose siblings', () => {
    const links = Array.from({ length: 12 }, (_, n) => `<li><a href="/s/${n}">A long headline of another story, number ${n}</a></li>`).join('');
    const art = extract(page(`<div class="mix"><ul>${links}</ul><p>${LONG}</p><p>Stops on the tour</p><ul><li>Brazil</li><li>Bahrain</li></ul>
      <p>We will write from each of them, and post the pictures here as soon as the connection allows it.</p><ul>${links}</ul></div>`));
    expect(art.text).toContain('one track for each grey afternoon');
    for (const line of ['Stops on the tour', 'Brazil', 'Bahrain', 'post the pictures here']) expect(art.text).toContain(line);
    expect(art.text).not.toContain('A long headline of another story');
  });

  it('keeps a lone paragraph when its container scores against (a link list around it)', () => {
    const links = Array.from({ length: 12 }, (_, n) => `<li><a href="/s/${n}">A long headline of another story, number ${n}</a></li>`).join('');
    const art = extract(page(`<div class="mix"><ul>${links}</ul><p>${LONG}</p><ul>${links}</ul></div>`));
    expect(art.text).toContain('one track for each grey afternoon');
    expect(art.text).not.toContain('A long headline of another story');
  });
});

describe('the lines after a lone paragraph', () => {
  it('takes the list that follows the lone paragraph, up to the first line that is not the story\'s', () => {
    const links = Array.from({ length: 12 }, (_, n) => `<li><a href="/s/${n}">A long headline of another story, number ${n}</a></li>`).join('');
    const art = extract(page(`<div class="mix"><h2>New readers</h2><p>${LONG}</p><div>• Kindle</div><div><div>• Nook</div><div>• Kobo eReader</div>
      <div>Ask us about <a href="/help">others</a></div></div><ul>${links}</ul><div>Filed under gadgets</div></div>`));
    expect(art.text).toContain('one track for each grey afternoon');
    for (const line of ['• Kindle', '• Nook', '• Kobo eReader', 'Ask us about others']) expect(art.text).toContain(line);
    expect(art.text).not.toContain('A long headline of another story');
    expect(art.text).not.toContain('Filed under gadgets');
  });
});
