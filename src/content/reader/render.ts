// Builds the reader's DOM from an extracted article: header, lead figure and the sanitised body.
import type { Article } from '../../core/extract';

export interface ReaderText {
  /** The UI language and its direction (the article may differ). */
  lang: string;
  dir: 'ltr' | 'rtl';
  close: string;
  smaller: string;
  larger: string;
  settings: string;
  listen: string;
  /** Labels of the reading choices, by message key (common/reading-choices.ts). */
  labels: Record<string, string>;
  /** Labels of their values, by `<choice name>.<value>`; numbers without one are formatted. */
  options: Record<string, string>;
  customColors: string;
  colorNames: Record<'text' | 'background' | 'links', string>;
  lowContrast(ratio: string): string;
  timeLeft(minutes: number): string;
  finished: string;
  readingTime(minutes: number): string;
  saidBy(speaker: string): string;
  play(provider: string): string;
  notArticle: string;
  openAnyway: string;
  dismiss: string;
  loadsFrom(host: string): string;
}

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Minutes east of UTC stated by an ISO string ("+02:00" → 120, "Z" → 0), or null when it states none. */
function statedOffset(iso: string): number | null {
  if (/Z$/i.test(iso)) return 0;
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m || !/T\d{2}:\d{2}/.test(iso)) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * A publish date in the article's own language ("26 octobre 2016 à 12:54"), at the page's own clock time:
 * the instant is shifted by the stated offset and formatted as UTC, which every engine supports.
 */
export function formatPublished(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const hasTime = /T\d{2}:\d{2}/.test(iso);
  const offset = statedOffset(iso);
  const shown = offset === null ? date : new Date(date.getTime() + offset * 60_000);
  const options: Intl.DateTimeFormatOptions = hasTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' };
  if (offset !== null || !hasTime) options.timeZone = 'UTC';
  for (const locale of [lang || undefined, undefined]) {
    try {
      return new Intl.DateTimeFormat(locale, options).format(shown);
    } catch {
      // An invalid language tag from the page: fall back to the browser's.
    }
  }
  return shown.toISOString().slice(0, 10);
}

/** Wide tables scroll sideways inside the column instead of stretching it. */
function wrapTables(doc: Document, body: HTMLElement): void {
  for (const table of body.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const wrapper = el(doc, 'div', 'table-scroll');
    table.replaceWith(wrapper);
    wrapper.append(table);
  }
}

/** Images load lazily and never wider than the column; links open the original target in a new tab. */
function prepareMedia(body: HTMLElement): void {
  for (const img of body.querySelectorAll('img')) {
    img.loading = 'lazy';
    img.decoding = 'async';
  }
  for (const a of body.querySelectorAll('a[href]')) {
    if (a.getAttribute('href')?.startsWith('#')) continue;
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
}

export function renderArticle(doc: Document, article: Article, body: HTMLElement, text: ReaderText): HTMLElement {
  const root = el(doc, 'article');
  if (article.lang) root.lang = article.lang;
  root.dir = article.dir;

  const header = el(doc, 'header');
  if (article.siteName) header.append(el(doc, 'p', 'site', article.siteName));
  const title = el(doc, 'h1', 'title', article.title);
  title.id = 'rl-title';
  title.dataset.testid = 'reader-title';
  header.append(title);
  const meta = el(doc, 'p', 'meta');
  if (article.byline) {
    const byline = el(doc, 'span', 'byline', article.byline);
    byline.dataset.testid = 'reader-byline';
    meta.append(byline);
  }
  const published = article.published ? formatPublished(article.published, article.lang) : '';
  if (published && article.published) {
    const time = el(doc, 'time', 'published', published);
    time.dateTime = article.published;
    time.dataset.testid = 'reader-date';
    meta.append(time);
  }
  const readingTime = el(doc, 'span', 'reading-time', text.readingTime(article.readingMinutes));
  // A UI-language string inside the article's language: isolate it so "1 min read" never reorders in RTL.
  readingTime.lang = text.lang;
  readingTime.dir = text.dir;
  meta.append(readingTime);
  header.append(meta);
  if (article.excerpt && !article.text.startsWith(article.excerpt.slice(0, 60))) {
    header.append(el(doc, 'p', 'standfirst', article.excerpt));
  }
  root.append(header);

  if (article.leadImage) {
    const figure = el(doc, 'figure', 'lead');
    figure.dataset.testid = 'reader-lead-image';
    const img = el(doc, 'img');
    img.src = article.leadImage.src;
    img.alt = article.leadImage.alt;
    img.decoding = 'async';
    figure.append(img);
    if (article.leadImage.caption || article.leadImage.credit) {
      const caption = el(doc, 'figcaption', undefined, article.leadImage.caption);
      if (article.leadImage.credit) {
        if (article.leadImage.caption) caption.append(' ');
        caption.append(el(doc, 'span', 'credit', article.leadImage.credit));
      }
      figure.append(caption);
    }
    root.append(figure);
  }

  body.classList.add('body');
  body.dataset.testid = 'reader-body';
  wrapTables(doc, body);
  prepareMedia(body);
  root.append(body);
  return root;
}
