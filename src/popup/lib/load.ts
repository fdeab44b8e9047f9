// The popup's loading sequence as a pure function over the connector: active tab → prepare → digest, one phase at a time.
import type { DigestReply, PageInfo, UnsupportedReason } from '../../common/messages';
import type { Digest } from '../../core/analyze/types';
import type { ArticleMeta } from '../../core/extract/types';
import type { PopupConnector, TabPreview } from '../connector';

export type DigestState =
  | { state: 'loading' }
  | { state: 'ready'; article: ArticleMeta; digest: Digest }
  | { state: 'no-article' }
  | { state: 'error'; message: string };

export type Phase =
  | { state: 'loading'; preview: TabPreview | null }
  | { state: 'unsupported'; reason: UnsupportedReason }
  | { state: 'error'; message: string }
  | { state: 'ready'; tabId: number; page: PageInfo; reading: boolean; listening?: boolean; digest: DigestState };

/** How long the popup waits on the page before offering a retry: a page that never answers must not freeze it. */
export const PREPARE_TIMEOUT_MS = 45_000;
export const DIGEST_TIMEOUT_MS = 30_000;

export class TimeoutError extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function digestState(reply: DigestReply | undefined): DigestState {
  if (reply?.state === 'ready' && reply.digest && reply.article) return { state: 'ready', article: reply.article, digest: reply.digest };
  if (reply?.state === 'no-article') return { state: 'no-article' };
  return { state: 'error', message: 'no digest in the reply' };
}

/**
 * Run the sequence, reporting each phase through `report` (the UI renders every one of them).
 * `isCurrent` lets a newer run (retry) silence an older one still waiting on the page.
 */
export async function loadPopup(
  connector: Pick<PopupConnector, 'activeTab' | 'prepare' | 'digest'>,
  report: (phase: Phase) => void,
  isCurrent: () => boolean = () => true,
  timeouts = { prepare: PREPARE_TIMEOUT_MS, digest: DIGEST_TIMEOUT_MS },
): Promise<void> {
  const emit = (phase: Phase): void => {
    if (isCurrent()) report(phase);
  };
  let tab: TabPreview | null;
  try {
    tab = await connector.activeTab();
  } catch (error) {
    return emit({ state: 'error', message: messageOf(error) });
  }
  if (!tab) return emit({ state: 'unsupported', reason: 'no-tab' });
  emit({ state: 'loading', preview: tab });

  let ready: Extract<Phase, { state: 'ready' }>;
  try {
    const result = await withTimeout(connector.prepare(tab.id), timeouts.prepare, 'prepare');
    if (result.state === 'unsupported') return emit({ state: 'unsupported', reason: result.reason });
    ready = { state: 'ready', tabId: result.tabId, page: result.page, reading: result.reading, listening: result.listening === true, digest: { state: 'loading' } };
  } catch (error) {
    return emit({ state: 'error', message: messageOf(error) });
  }
  // A newer run (retry) owns the popup now: do not ask the page for anything more.
  if (!isCurrent()) return;
  emit(ready);

  try {
    const reply = await withTimeout(connector.digest(ready.tabId), timeouts.digest, 'digest');
    emit({ ...ready, digest: digestState(reply) });
  } catch (error) {
    emit({ ...ready, digest: { state: 'error', message: messageOf(error) } });
  }
}
