// Export: copy the digest as Markdown, or download it as a .md file (a Blob link: no downloads permission needed).
import type { Translate } from '../lib/format';
import { CopyButton } from './CopyButton';
import { Icon } from './Icon';

interface Props {
  markdown: () => string;
  fileName: string;
  t: Translate;
  onCopy: (text: string) => Promise<void>;
}

/** Save text as a file through a temporary object URL and a synthetic click on <a download>. */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportBar({ markdown, fileName, t, onCopy }: Props) {
  return (
    <section class="section export" aria-labelledby="export-title" data-testid="export">
      <h2 id="export-title" class="visually-hidden">{t('exportTitle')}</h2>
      <CopyButton wide icon="markdown" label={t('exportCopy')} doneLabel={t('copied')} testid="export-copy" text={markdown} onCopy={onCopy} />
      <button type="button" class="ghost" data-testid="export-download" title={fileName} onClick={() => downloadText(fileName, markdown())}>
        <Icon name="download" />
        <span>{t('exportDownload')}</span>
      </button>
    </section>
  );
}
