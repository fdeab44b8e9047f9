// Markdown export of an article's digest as the popup shows it: title, URL, date, summary (whose), key facts (the AI's marked) and quotations.
import type { Digest } from '../../core/analyze/types';
import type { ArticleMeta } from '../../core/extract/types';
import type { MergedFactGroup } from '../ai/facts-merge';
import { factGroups, groupQuotesBySpeaker } from './digest-view';
import { formatIsoDate, formatNumber, type Translate } from './format';
import type { ShownSummary } from './shown-digest';

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
  /** The summary in view and whose it is (Readlens's, or the on-device AI's when that is shown); Readlens's by default. */
  summary?: ShownSummary;
  /** The fact groups in view, the on-device AI's additions marked `byAi`; the digest's own by default. */
  facts?: readonly MergedFactGroup[];
  locale: string;
  t: Translate;
}

export function digestMarkdown({ article, digest, summary, facts, locale, t }: ExportInput): string {
  const out: string[] = [`# ${escapeMarkdown(article.title || article.url)}`, ''];
  const about: string[] = [];
  if (article.url) about.push(link(article.url));
  const byline = [article.siteName, article.byline].map((s) => s?.trim()).filter(Boolean).join(' · ');
  if (byline) about.push(escapeMarkdown(byline));
  const date = formatIsoDate(article.published, locale);
  if (date) about.push(`${t('mdPublished')} ${escapeMarkdown(date)}`);
  // Two trailing spaces: a Markdown line break, so URL, source and date stay on their own lines.
  if (about.length) out.push(about.join('  \n'), '');

  const shown: ShownSummary = summary ?? { source: 'readlens', lines: digest.summary.map((s) => s.text) };
  if (shown.lines.length) {
    // The popup's source note, so a reader of the export knows whether these are the article's sentences or the AI's.
    out.push(`## ${t('summaryTitle')}`, '', `_${escapeMarkdown(t(shown.source === 'ai' ? 'summaryByAi' : 'summaryByReadlens'))}_`, '');
    for (const line of shown.lines) out.push(`- ${escapeMarkdown(line)}`);
    out.push('');
  }

  const groups: readonly MergedFactGroup[] = facts ?? factGroups(digest.facts, locale);
  if (groups.length) {
    out.push(`## ${t('factsTitle')}`, '');
    const badge = ` _(${escapeMarkdown(t('aiFactBadge'))})_`;
    let byAi = 0;
    for (const group of groups) {
      out.push(`### ${t(`facts_${group.kind}`)}`, '');
      for (const f of group.items) {
        byAi += f.byAi ? 1 : 0;
        out.push(`- ${escapeMarkdown(f.label)}${f.detail ? ` — ${escapeMarkdown(f.detail)}` : ''}${f.byAi ? badge : ''}`);
      }
      out.push('');
    }
    if (byAi) out.push(`_${escapeMarkdown(t('aiFactsAdded', [formatNumber(byAi, locale)]))}_`, '');
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
