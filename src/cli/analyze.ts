// `readlens analyze <file>…`: prints each article's digest (language, summary, facts, quotations) as JSON or JSONL.
import { textParagraphs, type AnalyzeOptions } from './analyze-page';
import { DEFAULT_TIMEOUT_S, defaultJobs, parseJobs, parseTimeout, runBatch } from './batch';
import { processIO, type CliIO } from './io';

export { textParagraphs };

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
  --jobs N, -j N      files analysed at once (default: the number of cores); output stays in input order
  --timeout S         seconds one file may take before it is stopped and reported (default: ${DEFAULT_TIMEOUT_S}; 0: no limit)
  -h, --help          this help

A file that cannot be read is one record with "source" and "error", and the exit status is 1.
`;

/** The command's IO (kept under its old name for callers of runAnalyze). */
export type AnalyzeIO = CliIO;

interface Options extends AnalyzeOptions {
  files: string[];
  format: 'json' | 'jsonl';
  jobs: number;
  timeoutMs?: number;
  help: boolean;
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { files: [], format: 'json', text: false, lines: false, help: false, jobs: defaultJobs() };
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
    else if (name === '--url' || name === '--lang' || name === '--published' || name === '--format' || name === '--jobs' || name === '-j' || name === '--timeout') {
      const v = value();
      if (v === undefined) return `${name} needs a value`;
      if (name === '--url') o.url = v;
      else if (name === '--lang') o.lang = v;
      else if (name === '--published') o.published = v;
      else if (name === '--jobs' || name === '-j') {
        const n = parseJobs(v);
        if (typeof n === 'string') return n;
        o.jobs = n;
      } else if (name === '--timeout') {
        const t = parseTimeout(v);
        if (typeof t === 'string') return t;
        o.timeoutMs = t;
      } else if (v === 'json' || v === 'jsonl') o.format = v;
      else return `unknown format "${v}" (json or jsonl)`;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else o.files.push(a);
  }
  if (o.lines && !o.text) o.text = true; // one document per line only makes sense for text
  return o;
}

export async function runAnalyze(argv: string[], io: AnalyzeIO = processIO()): Promise<number> {
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
  const { files, format, jobs, timeoutMs, help: _help, ...options } = o;
  const failed = await runBatch({
    command: 'analyze',
    files,
    jobs,
    timeoutMs,
    io,
    task: (file, raw) => ({ command: 'analyze', file, raw, options }),
    render: format === 'json' ? undefined : (r) => `${JSON.stringify(r)}\n`,
  });
  return failed ? 1 : 0;
}
