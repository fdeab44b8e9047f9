// The on-device AI adapter against a faithful fake of the Summarizer API: availability, download progress, streaming, abort.
import { describe, expect, it } from 'vitest';
import { builtInSummarizer, isAbort } from '../../../src/popup/ai/summarizer';
import { fakeSummarizerApi } from './fake-summarizer';

const CHUNKS = ['The council ', 'approved the library ', 'expansion.\n', 'Work starts in September.'];

describe('builtInSummarizer', () => {
  it('is null where the browser has no Summarizer', () => {
    expect(builtInSummarizer({})).toBeNull();
    expect(builtInSummarizer({ Summarizer: { availability: 1 } })).toBeNull();
  });

  it.each(['unavailable', 'downloadable', 'downloading', 'available'] as const)('reports %s for the article language', async (state) => {
    const { api, log } = fakeSummarizerApi({ languages: { en: state }, chunks: [] });
    const ai = builtInSummarizer({ Summarizer: api });
    expect(await ai?.availability('en-GB')).toBe(state);
    // Asked for the article's language, as input and output.
    expect(log.availabilityCalls[0]).toMatchObject({ expectedInputLanguages: ['en'], outputLanguage: 'en' });
  });

  it('reads a language the model lacks, or a failing call, as unavailable', async () => {
    const { api } = fakeSummarizerApi({ languages: { en: 'available' }, chunks: [] });
    const ai = builtInSummarizer({ Summarizer: api });
    expect(await ai?.availability('fr')).toBe('unavailable');
    expect(await ai?.availability('!!')).toBe('unavailable');
  });

  it('never asks about a language the built-in models do not take (Chrome logs each such call as an error)', async () => {
    const { api, log } = fakeSummarizerApi({ languages: { en: 'available', cs: 'available' }, chunks: [] });
    const ai = builtInSummarizer({ Summarizer: api });
    for (const lang of ['cs', 'und', 'zh-TW', '', 'ar']) expect(await ai?.availability(lang)).toBe('unavailable');
    expect(log.availabilityCalls).toEqual([]);
    expect(await ai?.availability('en-US')).toBe('available');
    expect(log.availabilityCalls).toHaveLength(1);
  });

  it('streams the summary chunk by chunk and destroys the session', async () => {
    const { api, log } = fakeSummarizerApi({ languages: { en: 'available' }, chunks: CHUNKS });
    const ai = builtInSummarizer({ Summarizer: api });
    const seen: string[] = [];
    const downloads: number[] = [];
    const out = await ai!.summarize({ text: 'Article text.', lang: 'en', signal: new AbortController().signal, onText: (t) => seen.push(t), onDownload: (f) => downloads.push(f) });
    expect(out).toBe(CHUNKS.join(''));
    expect(seen).toHaveLength(CHUNKS.length);
    expect(seen.at(-1)).toBe(out);
    expect(seen.every((s, i) => i === 0 || s.startsWith(seen[i - 1]!))).toBe(true);
    expect(downloads).toEqual([]);
    expect(log.createCalls[0]).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'en' });
    expect(log.destroyed).toBe(1);
  });

  it('accepts the older cumulative chunks without repeating text', async () => {
    const { api } = fakeSummarizerApi({ languages: { en: 'available' }, chunks: CHUNKS, cumulative: true });
    const out = await builtInSummarizer({ Summarizer: api })!.summarize({ text: 'x', lang: 'en', signal: new AbortController().signal });
    expect(out).toBe(CHUNKS.join(''));
  });

  it('reports download progress when the model must be downloaded first', async () => {
    const { api } = fakeSummarizerApi({ languages: { es: 'downloadable' }, chunks: ['Resumen.'], progress: [0, 0.25, 0.75, 1] });
    const ai = builtInSummarizer({ Summarizer: api })!;
    const downloads: number[] = [];
    const out = await ai.summarize({ text: 'Texto.', lang: 'es', signal: new AbortController().signal, onDownload: (f) => downloads.push(f) });
    expect(downloads).toEqual([0, 0.25, 0.75, 1]);
    expect(out).toBe('Resumen.');
    expect(await ai.availability('es')).toBe('available');
  });

  it('stops with an AbortError when cancelled during the download', async () => {
    const { api, log } = fakeSummarizerApi({ languages: { en: 'downloadable' }, chunks: CHUNKS, progress: [0, 0.1, 0.2, 0.3] });
    const ctrl = new AbortController();
    const run = builtInSummarizer({ Summarizer: api })!.summarize({
      text: 'x', lang: 'en', signal: ctrl.signal, onDownload: (f) => f >= 0.1 && ctrl.abort(),
    });
    const error = await run.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(log.inputs).toEqual([]);
  });

  it('stops with an AbortError when cancelled while streaming, and still destroys the session', async () => {
    const { api, log } = fakeSummarizerApi({ languages: { en: 'available' }, chunks: CHUNKS });
    const ctrl = new AbortController();
    const seen: string[] = [];
    const error = await builtInSummarizer({ Summarizer: api })!
      .summarize({ text: 'x', lang: 'en', signal: ctrl.signal, onText: (t) => (seen.push(t), seen.length === 2 && ctrl.abort()) })
      .catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(seen).toHaveLength(2);
    expect(log.destroyed).toBe(1);
  });

  it('trims an article longer than the input quota before summarising', async () => {
    const { api, log } = fakeSummarizerApi({ languages: { en: 'available' }, chunks: ['ok'], inputQuota: 100 });
    const long = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} has a few words in it.`).join('\n');
    await builtInSummarizer({ Summarizer: api })!.summarize({ text: long, lang: 'en', signal: new AbortController().signal });
    const input = log.inputs[0]!;
    expect(Math.ceil(input.length / 4)).toBeLessThanOrEqual(100);
    expect(long.startsWith(input)).toBe(true);
  });
});
