// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { allowedEmbed, prepareEmbeds } from '../../../src/content/reader/embeds';

const text = { play: (p: string) => `Play ${p} video`, loadsFrom: (h: string) => `loads from ${h}` };

describe('video embeds', () => {
  it('allows only https players on the allow-list', () => {
    expect(allowedEmbed('https://www.youtube-nocookie.com/embed/abc')?.hostname).toBe('www.youtube-nocookie.com');
    expect(allowedEmbed('https://player.vimeo.com/video/1')).not.toBeNull();
    expect(allowedEmbed('http://www.youtube.com/embed/abc')).toBeNull();
    expect(allowedEmbed('https://evil.example/youtube.com')).toBeNull();
    expect(allowedEmbed('https://youtube.com.evil.example/embed')).toBeNull();
    expect(allowedEmbed('javascript:alert(1)')).toBeNull();
    expect(allowedEmbed(null)).toBeNull();
  });

  it('shows a play button and loads nothing until it is clicked', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<figure data-readlens-embed="YouTube" data-embed-src="https://www.youtube.com/embed/xyz"><a href="https://www.youtube.com/embed/xyz">YouTube video</a></figure>' +
      '<figure data-readlens-embed="Evil" data-embed-src="https://evil.example/player"><a href="https://evil.example/player">video</a></figure>';
    const controller = new AbortController();
    expect(prepareEmbeds(document, body, text, controller.signal)).toBe(1);
    expect(body.querySelector('iframe')).toBeNull();
    const button = body.querySelector<HTMLButtonElement>('[data-testid="reader-embed-play"]')!;
    expect(button.textContent).toContain('Play YouTube video');
    button.click();
    const frame = body.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://www.youtube.com/embed/xyz');
    expect(frame.getAttribute('sandbox')).toContain('allow-scripts');
    expect(body.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('does nothing once the reader session is over', () => {
    const body = document.createElement('div');
    body.innerHTML = '<figure data-readlens-embed="Vimeo" data-embed-src="https://player.vimeo.com/video/1"></figure>';
    const controller = new AbortController();
    prepareEmbeds(document, body, text, controller.signal);
    controller.abort();
    body.querySelector<HTMLButtonElement>('button')!.click();
    expect(body.querySelector('iframe')).toBeNull();
  });
});
