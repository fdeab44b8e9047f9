// Article analysis in the background: the engine ships without word lists; each language's lists are a packaged
// file (lang/<code>.json, emitted by the build) fetched from the extension itself the first time an article needs it,
// and lang/common.json (the name tables the languages share) with the first of them.
import browser from 'webextension-polyfill';
import { analyzeArticle, articleLang, langLoader, type AnalyzeInput, type Digest } from '../core/analyze/engine';
import { ATTRIBUTION } from '../core/analyze/attribution-model';
import { langDataPath } from '../common/packaged-paths';

const ensureLang = langLoader(async (code) => {
  const response = await fetch(browser.runtime.getURL(langDataPath(code)));
  if (!response.ok) throw new Error(`${response.status}`);
  return response.json();
});

export async function analyzeInBackground(input: AnalyzeInput): Promise<Digest> {
  const lang = articleLang(input);
  await ensureLang(lang.lang);
  // The speaker model decides wherever the language's data carries its weights (the hand rules elsewhere).
  return analyzeArticle(input, { lang, attribution: ATTRIBUTION });
}
