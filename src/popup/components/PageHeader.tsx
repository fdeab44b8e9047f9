// The popup header: which site and article the controls act on — drawn at once from the tab, refined when the page answers.
import type { PageInfo } from '../../common/messages';
import { siteLabel } from '../../common/url-support';
import type { TabPreview } from '../connector';
import { formatIsoDate, formatNumber, languageName, type Translate } from '../lib/format';

interface Props {
  page: PageInfo | null;
  preview: TabPreview | null;
  /** The extracted article's publish date, once the digest is in. */
  published?: string | null;
  locale: string;
  t: Translate;
}

export function PageHeader({ page, preview, published, locale, t }: Props) {
  const site = page?.site || (preview ? siteLabel(preview.url) : '');
  const title = page?.title || preview?.title || '';
  const date = formatIsoDate(published, locale);
  const meta = [
    page?.readingMinutes != null ? t('readingTime', [formatNumber(page.readingMinutes, locale)]) : '',
    languageName(page?.lang, locale),
  ].filter(Boolean);
  return (
    <header class="page-header" aria-busy={page ? 'false' : 'true'}>
      <div class="site-row">
        <p class="site" data-testid="page-site">{site || <span class="skel skel-site" />}</p>
        {date && <p class="date" data-testid="page-date">{date}</p>}
      </div>
      <h1 class="title" data-testid="page-title" lang={page?.lang || undefined}>
        {title || <span class="skel skel-line" />}
      </h1>
      <p class="meta" data-testid="page-meta">
        {meta.length ? meta.join(' · ') : page ? '' : <span class="skel skel-meta" />}
      </p>
    </header>
  );
}
