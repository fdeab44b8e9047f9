// `readlens extract`: prints the article of one or more saved pages as json, jsonl, html or text.

import { DEFAULT_TIMEOUT_S, defaultJobs, parseJobs, parseTimeout, runBatch } from './batch';
import type { ExtractResult } from './extract-page';
import { processIO, type CliIO } from './io';

export type { ExtractResult };

export const EXTRACT_USAGE = `readlens extract <file.html|file.html.gz>... [--url URL] [--format json|html|text|jsonl] [--jobs N]

  --url URL      page address used to resolve relative links (default: the page's canonical URL)
  --format F     json (default; an array when several files), jsonl (one object per line, no html),
                 html (a standalone reader page), text (title and paragraphs)
  --jobs N, -j N pages extracted at once (default: the number of cores); output stays in input order
  --timeout S    seconds one page may take before it is stopped and reported (default: ${DEFAULT_TIMEOUT_S}; 0: no limit)

A page that cannot be read is one record with "file" and "error", and the exit status is 1.`;

const FORMATS = new Set(['json', 'jsonl', 'html', 'text']);

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function renderHtml(r: ExtractResult): string {
  const lead = r.leadImage
    ? `<figure><img src="${esc(r.leadImage.src)}" alt="${esc(r.leadImage.alt)}"><figcaption>${esc(r.leadImage.caption)} ${esc(r.leadImage.credit)}</figcaption></figure>\n`
    : '';
  return `<!doctype html>
<html lang="${esc(r.lang ?? '')}" dir="${r.dir ?? 'ltr'}"><head><meta charset="utf-8"><title>${esc(r.title ?? '')}</title></head>
<body><article>
<h1>${esc(r.title ?? '')}</h1>
<p>${esc([r.byline, r.siteName, r.published].filter(Boolean).join(' · '))}</p>
${r.excerpt ? `<p><strong>${esc(r.excerpt)}</strong></p>\n` : ''}${lead}${r.html ?? ''}
</article></body></html>`;
}

/** One result in a streaming format (json goes through JsonStream). */
function render(r: ExtractResult, format: string): string {
  if (format === 'jsonl') {
    const { html: _html, ...line } = r;
    return `${JSON.stringify(line)}\n`;
  }
  if (format === 'text') return r.error ? `# ${r.file}: ${r.error}\n\n` : `${r.title}\n\n${r.text}\n\n`;
  return r.error ? `<!-- ${esc(r.file)}: ${esc(r.error)} -->\n` : `${renderHtml(r)}\n`;
}

export async function runExtract(args: string[], io: CliIO = processIO()): Promise<number> {
  const files: string[] = [];
  let url: string | undefined;
  let format = 'json';
  let jobs = defaultJobs();
  let timeoutMs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') url = args[++i];
    else if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--jobs' || a === '-j' || a.startsWith('--jobs=')) {
      const n = parseJobs((a.startsWith('--jobs=') ? a.slice(7) : args[++i]) ?? '');
      if (typeof n === 'string') { io.err(`${n}\n\n${EXTRACT_USAGE}\n`); return 2; }
      jobs = n;
    }
    else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const t = parseTimeout((a.startsWith('--timeout=') ? a.slice(10) : args[++i]) ?? '');
      if (typeof t === 'string') { io.err(`${t}\n\n${EXTRACT_USAGE}\n`); return 2; }
      timeoutMs = t;
    }
    else if (a === '-h' || a === '--help') { io.out(`${EXTRACT_USAGE}\n`); return 0; }
    else if (a.startsWith('-')) { io.err(`unknown option ${a}\n\n${EXTRACT_USAGE}\n`); return 2; }
    else files.push(a);
  }
  if (!files.length || !FORMATS.has(format)) {
    io.err(`${EXTRACT_USAGE}\n`);
    return 2;
  }
  const failed = await runBatch({
    command: 'extract',
    files,
    jobs,
    timeoutMs,
    io,
    task: (file, raw) => ({ command: 'extract', file, raw, url }),
    render: format === 'json' ? undefined : (r) => render(r as unknown as ExtractResult, format),
  });
  return failed ? 1 : 0;
}
