// Readlens CLI entry: dispatches `readlens <command> …` to the command modules.

import { ANALYZE_USAGE, runAnalyze } from './analyze';
import { EXTRACT_USAGE, runExtract } from './extract';
import { pathToFileURL } from 'node:url';
import { processIO } from './io';

/** The page worker the CLI bundle is built with (scripts/build-cli.mjs puts it beside this file). Not a literal
 *  `new URL('…', import.meta.url)`, which the bundler would try to resolve as an asset. */
const PAGE_WORKER = 'page-worker.mjs';
const io = () => processIO(new URL(PAGE_WORKER, import.meta.url));

export interface Command {
  summary: string;
  usage: string;
  run: (args: string[]) => Promise<number>;
}

/** Registered subcommands. To add one, write src/cli/<name>.ts exporting a runner and list it here. */
export const COMMANDS: Record<string, Command> = {
  extract: { summary: 'print the article of saved pages (json, jsonl, html, text)', usage: EXTRACT_USAGE, run: (args) => runExtract(args, io()) },
  analyze: { summary: 'print the digest of articles (summary, facts, quotations)', usage: ANALYZE_USAGE, run: (args) => runAnalyze(args, io()) },
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: readlens <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nreadlens <command> --help for details`;
}

/** Runs the CLI and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    console.error(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  return cmd.run(rest);
}

// Run directly (`node dist/cli/readlens.mjs …`), not only through bin/readlens.mjs, which imports main().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
