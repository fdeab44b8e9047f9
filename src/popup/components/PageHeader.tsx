// The popup header: which site and article the controls act on.
import type { PageInfo } from '../../common/messages';

export function PageHeader({ page, t }: { page: PageInfo; t: (key: string, subs?: string[]) => string }) {
  return (
    <header class="page-header">
      <p class="site" data-testid="page-site">{page.site}</p>
      <h1 class="title" data-testid="page-title" lang={page.lang || undefined}>{page.title}</h1>
      {page.readingMinutes !== null && <p class="meta">{t('readingTime', [String(page.readingMinutes)])}</p>}
    </header>
  );
}
