// The popup's on-device AI facts as a hook: offer → download → think → checked, merged additions; cancellable; hidden on any failure.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Digest } from '../../core/analyze/types';
import type { FactGroup } from '../lib/digest-view';
import type { CheckedAiFacts } from './ai-facts';
import { indexArticle } from './article-index';
import { checkFactsAgainstArticle } from './facts-grounding';
import { aiAdditions, mergeFactGroups, type MergedFactGroup } from './facts-merge';
import type { OnDeviceFactFinder } from './prompt-facts';
import { isAbort, type AiAvailability } from './summarizer';
import type { AiArticle } from './use-ai-summary';

export type AiFactsState =
  | { phase: 'hidden' }
  | { phase: 'offer'; availability: Exclude<AiAvailability, 'unavailable'> }
  | { phase: 'downloading'; fraction: number }
  | { phase: 'thinking' }
  /** `added`: the checked facts the digest lacked (possibly none). */
  | { phase: 'done'; added: CheckedAiFacts };

export function useAiFacts(finder: OnDeviceFactFinder | null | undefined, article: AiArticle | null | undefined, facts: Digest['facts'] | null | undefined) {
  const [state, setState] = useState<AiFactsState>({ phase: 'hidden' });
  const controller = useRef<AbortController | null>(null);
  const offer = useRef<AiFactsState>({ phase: 'hidden' });

  useEffect(() => {
    // Only availability() is asked before the click: it creates nothing and downloads nothing.
    offer.current = { phase: 'hidden' };
    setState(offer.current);
    if (!finder || !article || !article.lang || !facts) return undefined;
    let live = true;
    finder.availability(article.lang).then(
      (availability) => {
        if (!live || availability === 'unavailable') return;
        offer.current = { phase: 'offer', availability };
        setState(offer.current);
      },
      () => undefined,
    );
    return () => {
      live = false;
      controller.current?.abort();
    };
  }, [finder, article, facts]);

  const run = useCallback(() => {
    if (!finder || !article || !facts || offer.current.phase !== 'offer') return;
    const ctrl = new AbortController();
    controller.current = ctrl;
    const current = () => controller.current === ctrl && !ctrl.signal.aborted;
    setState(offer.current.availability === 'available' ? { phase: 'thinking' } : { phase: 'downloading', fraction: 0 });
    finder
      .findFacts({
        text: article.paragraphs.join('\n\n'),
        lang: article.lang,
        signal: ctrl.signal,
        onDownload: (fraction) => current() && setState({ phase: 'downloading', fraction }),
        onThinking: () => current() && setState({ phase: 'thinking' }),
      })
      .then((found) => {
        if (!current()) return;
        const checked = checkFactsAgainstArticle(found, indexArticle(article.paragraphs, article.lang));
        setState({ phase: 'done', added: aiAdditions(facts, checked) });
      })
      .catch((error: unknown) => {
        if (!current()) return;
        // A failed run hides the action: the deterministic facts stand, as if the AI had never been offered.
        if (!isAbort(error)) console.info('Readlens: on-device facts unavailable', error);
        offer.current = { phase: 'hidden' };
        setState(offer.current);
      });
  }, [finder, article, facts]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState(offer.current);
  }, []);

  return { state, run, cancel };
}

/** The AI facts action as the Key facts section drives it. */
export type AiFactsControl = ReturnType<typeof useAiFacts>;

/**
 * The fact groups as the popup shows them (Readlens's, then the AI's checked additions once it has run) with the action
 * that adds them: one source for the Key facts section and the export.
 */
export function useShownFacts(
  groups: readonly FactGroup[],
  finder: OnDeviceFactFinder | null | undefined,
  article: AiArticle | null | undefined,
  facts: Digest['facts'] | null | undefined,
  locale: string,
): { shown: readonly MergedFactGroup[]; ai: AiFactsControl } {
  const ai = useAiFacts(finder, article, facts);
  const added = ai.state.phase === 'done' ? ai.state.added : null;
  const shown = useMemo(() => (added ? mergeFactGroups(groups, added, locale) : groups), [groups, added, locale]);
  return { shown, ai };
}
