// The popup's on-device AI summary as a hook: offer → download → stream → checked sentences, cancellable, silent fallback.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { aiSentences, checkAgainstArticle } from './fact-check';
import { isAbort, type AiAvailability, type OnDeviceSummarizer } from './summarizer';

export type AiState =
  | { phase: 'hidden' }
  | { phase: 'offer'; availability: Exclude<AiAvailability, 'unavailable'> }
  | { phase: 'downloading'; fraction: number }
  | { phase: 'streaming'; text: string }
  | { phase: 'done'; sentences: string[] };

export interface AiArticle {
  lang: string;
  paragraphs: readonly string[];
  text: string;
}

export function useAiSummary(summarizer: OnDeviceSummarizer | null, article: AiArticle | null) {
  const [state, setState] = useState<AiState>({ phase: 'hidden' });
  const controller = useRef<AbortController | null>(null);
  const offer = useRef<AiState>({ phase: 'hidden' });

  useEffect(() => {
    if (!summarizer || !article || !article.lang) return undefined;
    let live = true;
    void summarizer.availability(article.lang).then((availability) => {
      if (!live || availability === 'unavailable') return;
      offer.current = { phase: 'offer', availability };
      setState(offer.current);
    });
    return () => {
      live = false;
      controller.current?.abort();
    };
  }, [summarizer, article]);

  const run = useCallback(() => {
    if (!summarizer || !article || offer.current.phase !== 'offer') return;
    const ctrl = new AbortController();
    controller.current = ctrl;
    setState(offer.current.availability === 'available' ? { phase: 'streaming', text: '' } : { phase: 'downloading', fraction: 0 });
    summarizer
      .summarize({
        text: article.paragraphs.join('\n\n'),
        lang: article.lang,
        signal: ctrl.signal,
        onDownload: (fraction) => !ctrl.signal.aborted && setState({ phase: 'downloading', fraction }),
        onText: (text) => !ctrl.signal.aborted && setState({ phase: 'streaming', text }),
      })
      .then((output) => {
        if (ctrl.signal.aborted) return;
        const sentences = checkAgainstArticle(aiSentences(output, article.lang), article.text);
        // Nothing survived the check: the Readlens summary stays, as if the AI had never been asked.
        setState(sentences.length ? { phase: 'done', sentences } : offer.current);
      })
      .catch((error: unknown) => {
        if (!isAbort(error) && !ctrl.signal.aborted) console.info('Readlens: on-device summary unavailable', error);
        if (controller.current === ctrl) setState(offer.current);
      });
  }, [summarizer, article]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState(offer.current);
  }, []);

  return { state, run, cancel };
}
