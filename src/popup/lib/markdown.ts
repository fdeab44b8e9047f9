// Markdown export of an article's digest: title, URL, date, summary, key facts and quotations.
import type { Digest } from '../../core/analyze/types';
import type { ArticleMeta } from '../../core/extract/types';
import { factGroups, groupQuotesBySpeaker } from './digest-view';
import { formatIsoDate, type Translate } from './format';

/** Characters that would start Markdown syntax inside running text; escaped so article text stays text. */
const INLINE_SPECIALS = /[\\`*_[\]<>|]/g;
/** Line starts Markdown reads as a heading, quote, list or rule. */
const BLOCK_START = /^(\s*)(#{1,6}\s|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,})/;

export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, (c) => `\\${c}`);
  // A backslash escapes punctuation only: "1." is kept a number by escaping its dot, the rest by escaping the first mark.
  return flat.replace(BLOCK_START, (_m, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.replace(/[.)]/, (p) => `\\${p}`)}` : `${space}\\${marker}`,
  );
}

/** A URL as a Markdown autolink, or as escaped text when it would not survive inside <…>. */
function link(url: string): string {
  return /^[a-z][a-z0-9+.-]*:[^\s<>]*$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}

export interface ExportInput {
  article: Pick<ArticleMeta, 'title' | 'url' | 'siteName' | 'byline' | 'published'>;
  digest: Pick<Digest, 'summary' | 'facts' | 'quotes'>;
  /** The summary lines to export (the Readlens one, or the on-device AI one when that is shown). */
  summary?: readonly string[];
  locale: string;
  t: Translate;
}

export function digestMarkdown({ article, digest, summary, locale, t }: ExportInput): string {
  const out: string[] = [`# ${escapeMarkdown(article.title || article.url)}`, ''];
  const about: string[] = [];
  if (article.url) about.push(link(article.url));
  const byline = [article.siteName, article.byline].map((s) => s?.trim()).filter(Boolean).join(' · ');
  if (byline) about.push(escapeMarkdown(byline));
  const date = formatIsoDate(article.published, locale);
  if (date) about.push(`${t('mdPublished')} ${escapeMarkdown(date)}`);
  // Two trailing spaces: a Markdown line break, so URL, source and date stay on their own lines.
  if (about.length) out.push(about.join('  \n'), '');

  const lines = summary ?? digest.summary.map((s) => s.text);
  if (lines.length) {
    out.push(`## ${t('summaryTitle')}`, '');
    for (const line of lines) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }

  const groups = factGroups(digest.facts, locale);
  if (groups.length) {
    out.push(`## ${t('factsTitle')}`, '');
    for (const group of groups) {
      out.push(`### ${t(`facts_${group.kind}`)}`, '');
      for (const f of group.items) out.push(`- ${escapeMarkdown(f.label)}${f.detail ? ` — ${escapeMarkdown(f.detail)}` : ''}`);
      out.push('');
    }
  }

  const speakers = groupQuotesBySpeaker(digest.quotes);
  if (speakers.length) {
    out.push(`## ${t('quotesTitle')}`, '');
    for (const group of speakers) {
      const who = group.speaker ? escapeMarkdown(group.speaker) + (group.role ? `, ${escapeMarkdown(group.role)}` : '') : t('unattributed');
      out.push(`### ${who}`, '');
      for (const q of group.quotes) out.push(`> ${escapeMarkdown(q.text)}`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A file name for the export: the title's words, lower-case, ASCII-safe, bounded. */
export function exportFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'article'}.md`;
}
