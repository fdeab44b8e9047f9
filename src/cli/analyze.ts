// `readlens analyze <file>…`: prints each article's digest (language, summary, facts, quotations) as JSON or JSONL.
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './decode';
import { analyzeArticle } from '../core/analyze/index';
import type { AnalyzeInput, Digest } from '../core/analyze/index';

export const ANALYZE_USAGE = `Usage: readlens analyze <file>… [options]

Prints the digest of each article: language, summary, people, places, organisations,
dates, figures and quotations with speakers.

Input (HTML by default, extracted with the article engine first):
  --text              files are plain text (paragraphs separated by blank lines)
  --lines             with --text: every line is a separate document (as in OrangeSum)
  -                   read standard input
Options:
  --url URL           page URL for HTML input (resolves links, recorded in the output)
  --lang CODE         language hint (BCP 47) for text input
  --published ISO     publish date for text input (anchors "mardi 25", "yesterday")
  --format json|jsonl json (default: one object, or an array for several) or one compact line per document
  -h, --help          this help
`;

export interface AnalyzeIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Reads a file path, or standard input for "-": its bytes (decoded here), or text already decoded. */
  read: (file: string) => Uint8Array | string;
}

const defaultIO: AnalyzeIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  read: (file) => fs.readFileSync(file === '-' ? 0 : file),
};

/** Bytes → text: gunzipped when gzip (by its magic bytes), HTML with the page's charset, plain text as UTF-8. */
function decodeInput(raw: Uint8Array | string, html: boolean): string {
  if (typeof raw === 'string') return raw;
  const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  return html ? decodeHtml(bytes) : new TextDecoder('utf-8').decode(bytes);
}

interface Options {
  files: string[];
  url?: string;
  lang?: string;
  published?: string;
  format: 'json' | 'jsonl';
  text: boolean;
  lines: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { files: [], format: 'json', text: false, lines: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      i++;
      return argv[i];
    };
    const name = a.split('=')[0];
    if (name === '--text') o.text = true;
    else if (name === '--lines') o.lines = true;
    else if (name === '-h' || name === '--help') o.help = true;
    else if (name === '--url' || name === '--lang' || name === '--published' || name === '--format') {
      const v = value();
      if (v === undefined) return `${name} needs a value`;
      if (name === '--url') o.url = v;
      else if (name === '--lang') o.lang = v;
      else if (name === '--published') o.published = v;
      else if (v === 'json' || v === 'jsonl') o.format = v;
      else return `unknown format "${v}" (json or jsonl)`;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.lines && !o.text) o.text = true; // one document per line only makes sense for text
  return o;
}

interface Doc {
  source: string;
  line?: number;
  input: AnalyzeInput;
  meta?: Record<string, unknown>;
}

/** Plain text: paragraphs are separated by blank lines (or by line breaks when there is no blank line). */
export function textParagraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n').trim();
  const blocks = /\n\s*\n/.test(t) ? t.split(/\n\s*\n/) : t.split('\n');
  return blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

async function htmlDoc(source: string, html: string, o: Options): Promise<Doc> {
  // Loaded only for HTML so that the text path works without a DOM implementation or the article engine.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { extractArticle } = await import('../core/extract/index');
  const { standfirstOf } = await import('../core/read/index');
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(o.url ? { url: o.url } : {}) });
  const article = extractArticle(dom.window.document, o.url);
  if (!article) throw new Error('no article found in the page');
  const captions = [article.leadImage?.caption, article.leadImage?.credit].filter((c): c is string => !!c);
  return {
    source,
    input: { paragraphs: article.paragraphs, title: article.title, excerpt: standfirstOf(article), lang: article.lang, published: article.published, captions },
    meta: { url: article.url, title: article.title, byline: article.byline, siteName: article.siteName, published: article.published },
  };
}

export async function runAnalyze(argv: string[], io: AnalyzeIO = defaultIO): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    io.err(`readlens analyze: ${o}\n\n${ANALYZE_USAGE}`);
    return 2;
  }
  if (o.help) {
    io.out(ANALYZE_USAGE);
    return 0;
  }
  if (!o.files.length) {
    io.err(`readlens analyze: no input file\n\n${ANALYZE_USAGE}`);
    return 2;
  }
  const results: Record<string, unknown>[] = [];
  let failed = 0;
  const emit = (r: Record<string, unknown>): void => {
    if (o.format === 'jsonl') io.out(JSON.stringify(r) + '\n');
    else results.push(r);
  };
  for (const file of o.files) {
    let raw: string;
    try {
      raw = decodeInput(io.read(file), !o.text);
    } catch (e) {
      io.err(`readlens analyze: cannot read ${file}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    const hints = { ...(o.lang ? { lang: o.lang } : {}), ...(o.published ? { published: o.published } : {}) };
    const docs: Doc[] = [];
    try {
      if (o.lines) {
        raw.split(/\r?\n/).forEach((line, i) => {
          if (line.trim()) docs.push({ source: file, line: i + 1, input: { paragraphs: [line.trim()], ...hints } });
        });
      } else if (o.text) docs.push({ source: file, input: { paragraphs: textParagraphs(raw), ...hints } });
      else docs.push(await htmlDoc(file, raw, o));
    } catch (e) {
      io.err(`readlens analyze: ${file}: ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    for (const d of docs) {
      const digest: Digest = analyzeArticle(d.input);
      emit({ source: d.source, ...(d.line ? { line: d.line } : {}), ...(d.meta ? { article: d.meta } : {}), digest });
    }
  }
  if (o.format === 'json' && results.length) io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return failed ? 1 : 0;
}
