// Video embeds in the reader stay inert links until the reader asks to play one: nothing loads from a video host
// before that click, and only hosts on the engine's allow-list ever become an iframe.
import { VIDEO_EMBED_HOSTS } from '../../core/extract/rules';

/** The embed URL when it is https on an allow-listed host; null otherwise (the figure then stays a plain link). */
export function allowedEmbed(src: string | null): URL | null {
  if (!src) return null;
  try {
    const url = new URL(src);
    const host = url.hostname;
    return url.protocol === 'https:' && VIDEO_EMBED_HOSTS.some(([h]) => host === h || host.endsWith(`.${h}`)) ? url : null;
  } catch {
    return null;
  }
}

export interface EmbedText {
  play(provider: string): string;
  loadsFrom(host: string): string;
}

/** Turn each engine embed figure into a "play" button that swaps itself for the player on click. */
export function prepareEmbeds(doc: Document, body: HTMLElement, text: EmbedText, signal: AbortSignal): number {
  let count = 0;
  for (const figure of body.querySelectorAll<HTMLElement>('figure[data-readlens-embed]')) {
    const url = allowedEmbed(figure.getAttribute('data-embed-src'));
    if (!url) continue;
    const provider = figure.getAttribute('data-readlens-embed') || url.hostname;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'embed-play';
    button.dataset.testid = 'reader-embed-play';
    button.textContent = `▶ ${text.play(provider)}`;
    const note = doc.createElement('span');
    note.className = 'embed-note';
    note.textContent = text.loadsFrom(url.hostname);
    button.append(note);
    button.addEventListener(
      'click',
      () => {
        const frame = doc.createElement('iframe');
        frame.src = url.href;
        frame.title = text.play(provider);
        frame.className = 'embed-frame';
        frame.allow = 'fullscreen; picture-in-picture; encrypted-media';
        frame.referrerPolicy = 'strict-origin-when-cross-origin';
        frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
        button.replaceWith(frame);
        frame.focus();
      },
      { signal, once: true },
    );
    figure.prepend(button);
    count += 1;
  }
  return count;
}
