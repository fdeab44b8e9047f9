// Reading aids that follow the scroll: the progress bar with the time left, and the line-focus band that dims all
// but a few lines at the reading position (its size and dimming are CSS, from the settings).
import type { Settings } from '../../common/settings';
import { el, type ReaderText } from './render';

export interface ReadingAids {
  /** Elements for the toolbar: the time left, then the bar along its bottom edge. */
  timeLeft: HTMLElement;
  bar: HTMLElement;
  band: HTMLElement;
  set(s: Settings): void;
}

/**
 * `scroller` is the reader's scrolling element, `minutes` the whole article's reading time. Work happens at most
 * once a frame, only while the bar is shown.
 */
export function createReadingAids(doc: Document, scroller: HTMLElement, minutes: number, text: ReaderText, signal: AbortSignal): ReadingAids {
  const timeLeft = el(doc, 'span', 'time-left');
  timeLeft.dataset.testid = 'reader-time-left';
  timeLeft.setAttribute('aria-live', 'off');
  const bar = el(doc, 'div', 'progress');
  bar.dataset.testid = 'reader-progress';
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-label', text.labels.readingProgress ?? '');
  const fill = el(doc, 'div', 'progress-fill');
  bar.append(fill);
  const band = el(doc, 'div', 'focus-band');
  band.setAttribute('aria-hidden', 'true');

  let shown = false;
  let frame = 0;
  const win = doc.defaultView;
  const measure = (): void => {
    frame = 0;
    const room = scroller.scrollHeight - scroller.clientHeight;
    const done = room > 0 ? Math.min(1, Math.max(0, scroller.scrollTop / room)) : 1;
    const percent = Math.round(done * 100);
    fill.style.transform = `scaleX(${done})`;
    bar.setAttribute('aria-valuenow', String(percent));
    scroller.dataset.progress = String(percent);
    const left = Math.ceil(minutes * (1 - done));
    timeLeft.textContent = left > 0 ? text.timeLeft(left) : text.finished;
  };
  const schedule = (): void => {
    if (!shown || frame) return;
    frame = win?.requestAnimationFrame(measure) ?? 0;
    if (!win) measure();
  };
  scroller.addEventListener('scroll', schedule, { passive: true, signal });
  win?.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener('abort', () => frame && win?.cancelAnimationFrame(frame));

  return {
    timeLeft,
    bar,
    band,
    set(s) {
      shown = s.progress;
      timeLeft.hidden = !shown;
      bar.hidden = !shown;
      // Text size, spacing and width change the article's height: measure again once they are laid out.
      schedule();
    },
  };
}
