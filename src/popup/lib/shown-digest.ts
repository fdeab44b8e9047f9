// What the popup has in view of a digest's summary, in one place, so the summary section and the export cannot disagree.
import type { AiState } from '../ai/use-ai-summary';

export type SummarySource = 'readlens' | 'ai';

export interface ShownSummary {
  source: SummarySource;
  lines: readonly string[];
}

/**
 * The on-device AI's checked sentences once they are done and chosen; Readlens's otherwise. While the AI still writes,
 * its unchecked stream is on screen but nothing of it is copied or exported: Readlens's summary stands until the check.
 */
export function shownSummary(readlens: readonly string[], ai: AiState, chosen: SummarySource): ShownSummary {
  return ai.phase === 'done' && chosen === 'ai' ? { source: 'ai', lines: ai.sentences } : { source: 'readlens', lines: readlens };
}
