// The unit of work of a batch: one input file's bytes and the command's options in, its output records out.
// Runs in a page worker (./page-worker) or, without one, in the CLI's own thread.

import type { AnalyzeOptions } from './analyze-page';

export type PageTask =
  | { command: 'extract'; file: string; raw: Uint8Array | string; url?: string }
  | { command: 'analyze'; file: string; raw: Uint8Array | string; options: AnalyzeOptions };

/** A file's records; `failed` when they stand for a page that could not be read (one error record). */
export interface PageOutcome {
  records: Record<string, unknown>[];
  failed: boolean;
}

/** The error record that stands for a file in the output: the command's file key and the message. */
export function failureOf(command: PageTask['command'], file: string, message: string): PageOutcome {
  return { records: [{ [command === 'extract' ? 'file' : 'source']: file, error: message }], failed: true };
}

/** Runs one task; never throws (an engine or parser crash becomes the file's error record). */
export async function runPageTask(task: PageTask): Promise<PageOutcome> {
  try {
    if (task.command === 'extract') {
      const { extractPage } = await import('./extract-page');
      const r = extractPage(task.file, task.raw, task.url);
      return { records: [{ ...r }], failed: r.error !== undefined };
    }
    const { analyzeFile } = await import('./analyze-page');
    return { records: await analyzeFile(task.file, task.raw, task.options), failed: false };
  } catch (e) {
    return failureOf(task.command, task.file, e instanceof Error ? e.message : String(e));
  }
}
