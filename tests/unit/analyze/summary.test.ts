// Summary selection: length by article size, article order, and never captions, credits, bylines, headings or quote fragments.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { MAX_SUMMARY, SUMMARY_MODEL, summaryLength } from '../../../src/core/analyze/summary';

const body = [
  'The city council voted on Tuesday to build a new bridge over the river, ending a debate that lasted ten years.',
  'The bridge will cost 40 million euros and connect the old town with the northern districts.',
  'Construction is expected to start next spring and to last about three years, according to the council.',
  'Residents of the northern districts have long complained about the slow ferry that links them to the centre.',
  'Environmental groups warned that the works could harm the fish that spawn near the planned pillars.',
  'The council said it would publish a study of the river before the first pillar is built.',
];

describe('summary', () => {
  it('takes as many sentences as the length row that scores highest, never more than are ranked, within 1 to 4', () => {
    const model = { ...SUMMARY_MODEL, lengthWeights: [[1, 0], [0, 1], [0, 2], [0, 3]] };
    expect(summaryLength([1, 0.1], 4, model)).toBe(1);
    expect(summaryLength([0, 1], 4, model)).toBe(4);
    expect(summaryLength([0, 1], 2, model)).toBe(2);
    expect(summaryLength([0, 1], 1, model)).toBe(1);
    expect(SUMMARY_MODEL.lengthWeights.length).toBe(MAX_SUMMARY);
    const long = Array.from({ length: 40 }, (_, i) => body[i % body.length] as string);
    const d = analyzeArticle({ paragraphs: long, lang: 'en' });
    expect(d.summary.length).toBeGreaterThanOrEqual(1);
    expect(d.summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
  });

  it('never asks the reader a question', () => {
    const paragraphs = ['Would you cross a bridge that took ten years to decide and forty million euros to build?', ...body];
    const d = analyzeArticle({ paragraphs, lang: 'en' });
    expect(d.summary.length).toBeGreaterThanOrEqual(1);
    expect(d.summary.some((s) => s.text.endsWith('?'))).toBe(false);
  });

  it('returns sentences in article order whose offsets slice the paragraph', () => {
    const d = analyzeArticle({ paragraphs: body, lang: 'en' });
    expect(d.summary.length).toBeGreaterThanOrEqual(1);
    expect(d.summary.length).toBeLessThanOrEqual(MAX_SUMMARY);
    const pos = d.summary.map((s) => s.paragraph * 1e6 + s.start);
    expect([...pos].sort((a, b) => a - b)).toEqual(pos);
    for (const s of d.summary) expect((body[s.paragraph] as string).slice(s.start, s.end)).toBe(s.text);
  });

  it('never picks captions, credits, bylines, headings or cross-references', () => {
    const caption = 'The old ferry crossing the river at dawn, seen from the northern bank of the city.';
    const paragraphs = [
      'By Jane Smith',
      caption,
      'Photo: Reuters/John Doe',
      'A long debate',
      ...body,
      'Read more: How the city chose its bridges over the river and the districts',
    ];
    const d = analyzeArticle({ paragraphs, lang: 'en', captions: [caption] });
    const texts = d.summary.map((s) => s.text);
    expect(texts.some((t) => t.includes('By Jane') || t.includes('Photo') || t === caption || t.includes('Read more') || t === 'A long debate')).toBe(false);
    expect(d.summary.length).toBeGreaterThanOrEqual(1);
  });

  it('never cuts a quotation in half', () => {
    const paragraphs = [
      'The mayor spoke to reporters after the vote in the council chamber on Tuesday evening.',
      '"This bridge will change the life of the northern districts. It is the biggest project in decades. We will finish it on time," she said.',
      ...body,
    ];
    const d = analyzeArticle({ paragraphs, lang: 'en' });
    for (const s of d.summary) {
      const opens = (s.text.match(/"/g) ?? []).length;
      expect(opens % 2).toBe(0);
    }
  });
});

describe('quotes across sentences and paragraphs', () => {
  it('keeps a run-on quotation that continues after a sentence end', () => {
    const p = '"The drug was in her system," her mother, Fiona Parry, said. "Most of us never believe a pill could kill us.';
    const d = analyzeArticle({ paragraphs: [p, '"It is a deadly toxin."'], lang: 'en' });
    const texts = d.quotes.map((q) => q.text);
    expect(texts).toContain('Most of us never believe a pill could kill us.');
    expect(d.quotes.every((q) => q.speaker === 'Fiona Parry')).toBe(true);
  });

  it('resolves a bare weekday against the publish date', () => {
    const d = analyzeArticle({ paragraphs: ['Le séisme de samedi a fait 5 500 morts, a déclaré jeudi le ministre.'], lang: 'fr', published: '2015-04-30T07:19:58' });
    const iso = d.facts.dates.map((x) => x.iso);
    expect(iso).toContain('2015-04-25');
    expect(iso).toContain('2015-04-30');
    expect(d.facts.figures.find((f) => f.value === 5500)?.counts).toBe('morts');
  });
});

describe('summary and what the popup already shows', () => {
  const story = [
    'Harbour officials approved a plan on Monday to dredge the old port so that larger ferries can dock there.',
    'The work will take two years and cost about 30 million euros, the port authority said in a statement.',
    'Fishermen fear that the dredging will drive away the fish that breed in the shallow waters of the bay.',
    'A public hearing on the plan is scheduled for next month at the town hall, officials said.',
  ];
  it('never repeats the standfirst (often the first body paragraph) or the title', () => {
    const excerpt = story[0] as string;
    const d = analyzeArticle({ paragraphs: story, lang: 'en', excerpt, title: 'Fishermen fear the dredging will drive away the fish that breed in the waters of the bay' });
    expect(d.summary.length).toBeGreaterThanOrEqual(1);
    for (const s of d.summary) {
      expect(s.text).not.toBe(excerpt);
      expect(s.text.startsWith('Fishermen fear')).toBe(false);
    }
  });
  it('starts after a dateline, with offsets that still slice the paragraph', () => {
    const paragraphs = ['CAIRO — ' + story[0], 'PARIS (AFP) - ' + story[1], ...story.slice(2)];
    const d = analyzeArticle({ paragraphs, lang: 'en' });
    const first = d.summary[0];
    expect(first?.text.startsWith('Harbour officials')).toBe(true);
    for (const s of d.summary) expect((paragraphs[s.paragraph] as string).slice(s.start, s.end)).toBe(s.text);
    expect(d.summary.some((s) => /^(CAIRO|PARIS)/.test(s.text))).toBe(false);
  });
});
