// A short post must not lose to a longer block away from its headline (a blog's description in the header, a
// footer notice): the best block under the headline's own containers takes over.
import { describe, expect, it } from 'vitest';
import { extract, page } from './helpers';

const ABOUT = 'Every day I write about life in the world of small boats, the harbours I sail into and the people I meet ' +
  'there. In this blog I record what I learn about rigging, weather, old charts and the long quiet hours at sea, ' +
  'and I answer the questions readers send me about buying, mending and sailing their first boat.';
const POST = ['Not exactly a sailing story, but a fine morning on the water all the same.',
  'I walked down to the pier at dawn and found the whole fleet sitting still on a flat grey sea.',
  'Nobody went out until noon. We drank coffee and watched the fog lift.'];

const blog = (headline: string): string => page(`
  <div id="header"><h1><a href="/">Notes from the harbour</a></h1><div class="tagline-box"><p>${ABOUT}</p></div></div>
  <div id="main"><div class="post"><h3>${headline}</h3><div class="post-body">${POST.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="post-footer">Posted by Ann at 7:02 AM</div></div></div>`,
'<meta property="og:title" content="A still morning at the pier">');

describe('the root beside the headline', () => {
  it('takes the post under the headline over a longer site description elsewhere', () => {
    const art = extract(blog('A still morning at the pier'));
    for (const p of POST) expect(art.text).toContain(p);
    expect(art.text).not.toContain('long quiet hours at sea');
  });

  it('keeps the best block when no heading carries the title', () => {
    const art = extract(blog('Archive'));
    expect(art.text).toContain('long quiet hours at sea');
  });
});
