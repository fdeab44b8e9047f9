// The Prompt API facts adapter against a faithful fake LanguageModel: availability, download progress, JSON constraint, quota, abort.
import { describe, expect, it } from 'vitest';
import { FACTS_SCHEMA, MAX_CHARS, MAX_PER_KIND, parseAiFacts } from '../../../src/popup/ai/ai-facts';
import { builtInFactFinder } from '../../../src/popup/ai/prompt-facts';
import { isAbort } from '../../../src/popup/ai/summarizer';
import { conforms, fakeLanguageModel } from './ai-fake-language-model';

const ANSWER = {
  people: [{ name: 'Ana Ruiz', role: 'mayor' }, { name: 'Tom Okafor' }],
  places: ['Hillcrest'],
  organisations: ['City Council'],
  dates: [{ text: 'Tuesday' }, { text: 'September 2025', iso: '2025-09' }],
  figures: [{ text: '2,300 residents', counts: 'residents' }],
};
const signal = () => new AbortController().signal;

describe('builtInFactFinder', () => {
  it('is null where the browser has no LanguageModel', () => {
    expect(builtInFactFinder({})).toBeNull();
    expect(builtInFactFinder({ LanguageModel: { availability: () => 'available' } })).toBeNull();
  });

  it.each(['unavailable', 'downloadable', 'downloading', 'available'] as const)('reports %s for the article language', async (state) => {
    const { api, log } = fakeLanguageModel({ languages: { en: state }, answer: ANSWER });
    expect(await builtInFactFinder({ LanguageModel: api })!.availability('en-GB')).toBe(state);
    expect(log.availabilityCalls[0]).toEqual({ expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] });
    expect(log.createCalls).toHaveLength(0);
  });

  it('asks for the article language as output, and the English of its instructions as input', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available', fr: 'downloadable' }, answer: ANSWER });
    expect(await builtInFactFinder({ LanguageModel: api })!.availability('fr-FR')).toBe('downloadable');
    expect(log.availabilityCalls[0]).toEqual({ expectedInputs: [{ type: 'text', languages: ['en', 'fr'] }], expectedOutputs: [{ type: 'text', languages: ['fr'] }] });
  });

  it('reads a language the model lacks, or a failing call, as unavailable', async () => {
    const { api } = fakeLanguageModel({ languages: { en: 'available' }, answer: ANSWER });
    const finder = builtInFactFinder({ LanguageModel: api })!;
    expect(await finder.availability('de')).toBe('unavailable');
    expect(await finder.availability('!!')).toBe('unavailable');
    const broken = { availability: async () => 'maybe', create: async () => ({}) };
    expect(await builtInFactFinder({ LanguageModel: broken })!.availability('en')).toBe('unavailable');
  });

  it('never asks about a language the built-in models do not take (Chrome logs each such call as an error)', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available', ru: 'available' }, answer: ANSWER });
    const finder = builtInFactFinder({ LanguageModel: api })!;
    for (const lang of ['ru', 'und', 'pt-BR', '']) expect(await finder.availability(lang)).toBe('unavailable');
    expect(log.availabilityCalls).toEqual([]);
  });

  it('prompts with the article under the JSON schema constraint, parses the answer and destroys the session', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available' }, answer: ANSWER });
    const downloads: number[] = [];
    let thinking = 0;
    const facts = await builtInFactFinder({ LanguageModel: api })!.findFacts({
      text: 'The article text.', lang: 'en', signal: signal(), onDownload: (f) => downloads.push(f), onThinking: () => thinking++,
    });
    expect(facts).toEqual(ANSWER);
    expect(downloads).toEqual([]);
    expect(thinking).toBe(1);
    expect(log.createCalls).toHaveLength(1);
    expect(log.createCalls[0]?.initialPrompts?.[0]?.role).toBe('system');
    expect(log.prompts).toHaveLength(1);
    expect(log.prompts[0]?.input).toContain('The article text.');
    expect(log.prompts[0]?.options.responseConstraint).toBe(FACTS_SCHEMA);
    expect(log.destroyed).toBe(1);
  });

  it('the schema accepts the documented shape and rejects others', () => {
    expect(conforms(ANSWER, FACTS_SCHEMA)).toBe(true);
    expect(conforms({ ...ANSWER, people: [{ role: 'mayor' }] }, FACTS_SCHEMA)).toBe(false);
    expect(conforms({ ...ANSWER, places: [{ name: 'Hillcrest' }] }, FACTS_SCHEMA)).toBe(false);
    expect(conforms({ people: [], places: [] }, FACTS_SCHEMA)).toBe(false);
  });

  it('reports download progress when the model must be downloaded first, then answers', async () => {
    const { api } = fakeLanguageModel({ languages: { es: 'downloadable', en: 'available' }, answer: ANSWER, progress: [0, 0.25, 0.75, 1] });
    const finder = builtInFactFinder({ LanguageModel: api })!;
    const downloads: number[] = [];
    const facts = await finder.findFacts({ text: 'Texto.', lang: 'es', signal: signal(), onDownload: (f) => downloads.push(f) });
    expect(downloads).toEqual([0, 0.25, 0.75, 1]);
    expect(facts.people).toHaveLength(2);
    expect(await finder.availability('es')).toBe('available');
  });

  it('stops with an AbortError when cancelled during the download, before any prompt', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'downloadable' }, answer: ANSWER, progress: [0, 0.1, 0.2, 0.3] });
    const ctrl = new AbortController();
    const error = await builtInFactFinder({ LanguageModel: api })!
      .findFacts({ text: 'x', lang: 'en', signal: ctrl.signal, onDownload: (f) => f >= 0.1 && ctrl.abort() })
      .catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(log.prompts).toEqual([]);
  });

  it('stops with an AbortError when cancelled while the model thinks, and still destroys the session', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available' }, answer: ANSWER, thinkTicks: 50 });
    const ctrl = new AbortController();
    const run = builtInFactFinder({ LanguageModel: api })!.findFacts({ text: 'x', lang: 'en', signal: ctrl.signal });
    for (let i = 0; i < 5 && log.prompts.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
    expect(log.prompts).toHaveLength(1);
    ctrl.abort();
    expect(isAbort(await run.catch((e: unknown) => e))).toBe(true);
    expect(log.destroyed).toBe(1);
  });

  it('passes a model failure on, and destroys the session', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available' }, answer: ANSWER, promptError: new DOMException('busy', 'OperationError') });
    const error = await builtInFactFinder({ LanguageModel: api })!.findFacts({ text: 'x', lang: 'en', signal: signal() }).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('OperationError');
    expect(log.destroyed).toBe(1);
  });

  it.each([false, true])('trims an article longer than the context (older quota API: %s) to its opening paragraphs', async (legacyQuota) => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available' }, answer: ANSWER, contextWindow: 2000, legacyQuota });
    const long = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} has a few words in it.`).join('\n\n');
    await builtInFactFinder({ LanguageModel: api })!.findFacts({ text: long, lang: 'en', signal: signal() });
    const input = log.prompts[0]!.input;
    const body = input.slice(input.indexOf('Paragraph 0'));
    expect(body.length).toBeGreaterThan(1000);
    expect(body.length).toBeLessThan(long.length);
    expect(long.startsWith(body)).toBe(true);
    expect(body.endsWith('in it.')).toBe(true);
  });

  it('sends the article whole when it fits', async () => {
    const { api, log } = fakeLanguageModel({ languages: { en: 'available' }, answer: ANSWER, contextWindow: 100_000 });
    const text = 'First paragraph.\n\nSecond paragraph.';
    await builtInFactFinder({ LanguageModel: api })!.findFacts({ text, lang: 'en', signal: signal() });
    expect(log.prompts[0]!.input.endsWith(text)).toBe(true);
  });
});

describe('parseAiFacts', () => {
  it('reads JSON wrapped in prose or code fences', () => {
    expect(parseAiFacts('Sure:\n```json\n{"people":[{"name":"Ana Ruiz"}],"places":["Hillcrest"]}\n```').people).toEqual([{ name: 'Ana Ruiz' }]);
  });

  it('keeps the good items of a sloppy answer and drops the rest', () => {
    const facts = parseAiFacts(
      JSON.stringify({
        people: ['Ana Ruiz', { name: '  Tom   Okafor ', role: 42 }, { role: 'mayor' }, null, { name: 'x'.repeat(MAX_CHARS + 1) }],
        places: ['Hillcrest', 7, { name: 'Eastside' }, ''],
        organizations: ['City Council'],
        dates: [{ text: 'Tuesday', iso: '2025-09-02' }, { iso: '2025-09-03' }],
        figures: 'many',
        extra: ['ignored'],
      }),
    );
    expect(facts).toEqual({
      people: [{ name: 'Ana Ruiz' }, { name: 'Tom Okafor' }],
      places: ['Hillcrest', 'Eastside'],
      organisations: ['City Council'],
      dates: [{ text: 'Tuesday', iso: '2025-09-02' }],
      figures: [],
    });
  });

  it('caps each list, and reads truncated or non-JSON output as no facts', () => {
    const many = parseAiFacts({ places: Array.from({ length: 50 }, (_, i) => `Place ${i}`) });
    expect(many.places).toHaveLength(MAX_PER_KIND);
    const empty = { people: [], places: [], organisations: [], dates: [], figures: [] };
    expect(parseAiFacts('{"people":[{"name":"Ana')).toEqual(empty);
    expect(parseAiFacts('I cannot help with that.')).toEqual(empty);
    expect(parseAiFacts('[1,2]')).toEqual(empty);
    expect(parseAiFacts(undefined)).toEqual(empty);
  });
});
