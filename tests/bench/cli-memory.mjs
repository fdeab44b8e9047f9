// Batch CLI benchmark: runs the built `readlens extract|analyze --format jsonl` over the 191 shared pages and over
// a 1,000-file list made by repeating them, at --jobs 1 and 2, and prints pages/s, peak RSS (the process with its
// worker threads) and RSS as the run goes on (flat memory = the 25 % and 100 % columns stay close).
// Options: --commands extract,analyze  --lists 191,1000  --jobs 1,2
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.READLENS_SHARED ?? path.resolve(repo, '../shared');
const pagesDir = path.join(shared, 'pages');
if (!existsSync(path.join(pagesDir, 'readability'))) {
  console.error(`${pagesDir} is missing: put the shared data beside the repository (../shared, or READLENS_SHARED=dir) with pages/readability/<case>/source.html from github.com/mozilla/readability test/test-pages and pages/articlebench-dev/html/*.html.gz from github.com/scrapinghub/article-extraction-benchmark.`);
  process.exit(1);
}

const option = (name, fallback) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return (a ? a.slice(name.length + 3) : fallback).split(',');
};
const commands = option('commands', 'extract,analyze');
const lists = option('lists', '191,1000').map(Number);
const jobsList = option('jobs', '1,2').map(Number);

const readability = readdirSync(path.join(pagesDir, 'readability')).sort().map((d) => path.join(pagesDir, 'readability', d, 'source.html'));
const benchDir = path.join(pagesDir, 'articlebench-dev/html');
const articlebench = existsSync(benchDir) ? readdirSync(benchDir).sort().map((f) => path.join(benchDir, f)) : [];
const corpus = [...readability, ...articlebench].filter((f) => existsSync(f));
const listOf = (n) => Array.from({ length: n }, (_, i) => corpus[i % corpus.length]);

await buildCli();
const cli = path.join(repo, 'bin/readlens.mjs');
const MB = 1024;

const TIME = '/usr/bin/time'; // GNU time: exact peak RSS and CPU seconds; without it, sampled from /proc
const hasTime = existsSync(TIME);

/** One run: wall and CPU time, peak RSS (threads included) and RSS when a quarter, half, … of the pages are out. */
function run(command, files, jobs) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const stats = path.join(os.tmpdir(), `readlens-cli-bench-${process.pid}.txt`);
    const argv = [process.execPath, cli, command, '--format', 'jsonl', '--jobs', String(jobs), ...files];
    const child = hasTime ? spawn(TIME, ['-f', '%M %U %S', '-o', stats, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    // The node process: time's child when time runs it.
    const nodePid = () => (hasTime ? Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(' ')[0]) : child.pid);
    let lines = 0;
    let errors = 0;
    let peak = 0;
    let cpu = 0;
    const marks = [];
    const quarters = [1, 2, 3, 4].map((k) => Math.ceil((files.length * k) / 4));
    const sample = (field) => { try { return kb(nodePid(), field); } catch { return 0; } };
    child.stdout.on('data', (chunk) => {
      for (const b of chunk) if (b === 10 && quarters.includes(++lines)) marks.push(sample('VmRSS'));
    });
    child.stderr.on('data', (chunk) => { errors += String(chunk).split('\n').filter(Boolean).length; });
    const sampler = setInterval(() => { peak = Math.max(peak, sample('VmHWM')); }, 200);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const s = (performance.now() - t0) / 1000;
      if (hasTime) {
        const [maxKb, user, sys] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        peak = maxKb;
        cpu = user + sys;
      }
      resolve({ code, s, cpu, peak, marks, lines, errors });
    });
  });
}

const kb = (pid, field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

console.log(`corpus: ${corpus.length} pages (${readability.length} readability, ${articlebench.length} articlebench-dev); node ${process.version}`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores (pages/s is wall clock; CPU s counts every thread)`);
console.log('command  pages jobs  exit  seconds  pages/s  CPU s  peak RSS  RSS when 25% / 50% / 75% / 100% of pages are out');
for (const command of commands) {
  for (const n of lists) {
    for (const jobs of jobsList) {
      const r = await run(command, listOf(n), jobs);
      const marks = r.marks.map((k) => (k ? `${Math.round(k / MB)}` : '-')).join(' / ');
      const cpu = r.cpu ? r.cpu.toFixed(0) : '?';
      console.log(`${command.padEnd(8)} ${String(n).padStart(5)} ${String(jobs).padStart(4)} ${String(r.code).padStart(5)} ${r.s.toFixed(1).padStart(8)} ${(n / r.s).toFixed(2).padStart(8)} ${cpu.padStart(6)} ${`${Math.round(r.peak / MB)} MB`.padStart(9)}  ${marks} MB${r.lines === n ? '' : ` (${r.lines} records)`}${r.errors ? ` · ${r.errors} stderr lines` : ''}`);
    }
  }
}
