// What a CLI command talks to: output, diagnostics, file reading and (in the built CLI) the page worker script.
import fs from 'node:fs';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Reads a file path, or standard input for "-": its bytes (decoded later), or text already decoded. */
  read: (file: string) => Uint8Array | string;
  /** Show a progress line on stderr (it is a terminal). */
  progress?: boolean;
  /** Script that runs pages in worker threads; without it pages run one after another in this thread. */
  pageWorker?: URL;
}

let pipeWatched = false;

/** `readlens … | head` closes standard output early: the reader has all it wants, so stop quietly (status 0, as
 *  other Unix tools do) instead of dying on an unhandled EPIPE with a stack trace. */
function stopWhenOutputCloses(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(0);
  });
}

/** The process's streams and files; `pageWorker` is given by the built CLI, which ships the worker beside it. */
export function processIO(pageWorker?: URL): CliIO {
  stopWhenOutputCloses();
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    read: (file) => fs.readFileSync(file === '-' ? 0 : file),
    progress: process.stderr.isTTY === true,
    pageWorker,
  };
}
