// The article at a glance: summary (Readlens or on-device AI), key facts, quotations and export, from one digest.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RevealTarget } from '../../common/messages';
import type { Digest } from '../../core/analyze/types';
import type { ArticleMeta } from '../../core/extract/types';
import type { OnDeviceFactFinder } from '../ai/prompt-facts';
import type { OnDeviceSummarizer } from '../ai/summarizer';
import { useShownFacts } from '../ai/use-ai-facts';
import { useAiSummary } from '../ai/use-ai-summary';
import { factGroups, groupQuotesBySpeaker } from '../lib/digest-view';
import type { Translate } from '../lib/format';
import { digestMarkdown, exportFileName } from '../lib/markdown';
import { shownSummary, type SummarySource } from '../lib/shown-digest';
import { ExportBar } from './ExportBar';
import { FactsSection } from './FactsSection';
import { QuotesSection } from './QuotesSection';
import { SummarySection } from './SummarySection';

interface Props {
  article: ArticleMeta;
  digest: Digest;
  summarizer: OnDeviceSummarizer | null;
  /** Chrome's Prompt API where the browser has one: offers "find more facts" in Key facts. */
  factFinder?: OnDeviceFactFinder | null;
  locale: string;
  t: Translate;
  onReveal: (target: RevealTarget) => void;
  onListen: (target: RevealTarget) => void;
  onCopy: (text: string) => Promise<void>;
}

export function DigestView({ article, digest, summarizer, factFinder = null, locale, t, onReveal, onListen, onCopy }: Props) {
  const lang = digest.lang || article.lang;
  const facts = useMemo(() => factGroups(digest.facts, locale), [digest, locale]);
  const speakers = useMemo(() => groupQuotesBySpeaker(digest.quotes), [digest]);
  const readlens = useMemo(() => digest.summary.map((s) => s.text), [digest]);
  const aiArticle = useMemo(() => ({ lang, paragraphs: article.paragraphs, text: article.text }), [lang, article]);
  const ai = useAiSummary(summarizer, aiArticle);
  const shownFacts = useShownFacts(facts, factFinder, aiArticle, digest.facts, locale);
  const [source, setSource] = useState<SummarySource>('readlens');
  // A fresh AI summary is shown as soon as it is ready; the reader can switch back.
  useEffect(() => {
    if (ai.state.phase === 'done') setSource('ai');
  }, [ai.state.phase]);

  // The export carries what is in view: the summary shown and whose it is, the facts with the AI's additions marked.
  const markdown = () => digestMarkdown({ article, digest, summary: shownSummary(readlens, ai.state, source), facts: shownFacts.shown, locale, t });

  useEffect(() => {
    // For the closing note's measure: time from popup open (navigation start) to the digest on screen.
    performance.mark('readlens:digest-shown');
  }, []);

  return (
    <div class="digest" data-testid="digest" data-state="ready">
      <SummarySection
        readlens={readlens}
        ai={ai.state}
        source={source}
        lang={lang}
        locale={locale}
        t={t}
        onSource={setSource}
        onRunAi={ai.run}
        onCancelAi={ai.cancel}
        onCopy={onCopy}
      />
      <FactsSection groups={shownFacts.shown} lang={lang} locale={locale} t={t} onReveal={onReveal} onListen={onListen} ai={shownFacts.ai} />
      <QuotesSection groups={speakers} total={digest.quotes.length} lang={lang} locale={locale} t={t} onReveal={onReveal} onListen={onListen} />
      <ExportBar markdown={markdown} fileName={exportFileName(article.title)} t={t} onCopy={onCopy} />
    </div>
  );
}
