// What Chrome's built-in AI APIs (Summarizer, LanguageModel) share: availability states and the download monitor.
import type { AiAvailability } from './summarizer';

const STATES: readonly AiAvailability[] = ['unavailable', 'downloadable', 'downloading', 'available'];

/** The primary language subtag: the APIs canonicalise tags, and "en-GB" text is fine for an "en" model. */
export const baseLang = (lang: string): string => (lang.split(/[-_]/)[0] ?? '').toLowerCase();

/**
 * Languages Chrome's built-in models take today. Asking about any other makes Chrome log "Unsupported … languages"
 * as an extension error (the call itself just says 'unavailable'), so other languages are not asked about at all.
 * Chrome adds languages over time: extend the list as it does.
 */
export const MODEL_LANGS: ReadonlySet<string> = new Set(['de', 'en', 'es', 'fr', 'ja']);

/**
 * Any failure or unknown answer of availability() reads as 'unavailable', so callers can simply hide the action;
 * a language the models do not take reads so without asking.
 */
export async function readAvailability(lang: string, ask: () => Promise<unknown>): Promise<AiAvailability> {
  if (!MODEL_LANGS.has(baseLang(lang))) return 'unavailable';
  try {
    const state = await ask();
    return STATES.includes(state as AiAvailability) ? (state as AiAvailability) : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** The `monitor` option of create(): reports model download progress as a fraction in [0, 1]. */
export function downloadMonitor(onDownload: ((fraction: number) => void) | undefined): (monitor: EventTarget) => void {
  return (monitor) => {
    monitor.addEventListener('downloadprogress', (event) => {
      const { loaded, total } = event as ProgressEvent;
      // Chrome reports loaded as a fraction of total = 1; a byte count with its total is normalised too.
      const fraction = typeof total === 'number' && total > 0 ? loaded / total : loaded;
      if (Number.isFinite(fraction)) onDownload?.(Math.min(1, Math.max(0, fraction)));
    });
  };
}
