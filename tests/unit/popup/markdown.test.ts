// Markdown export: title, URL, date, summary, facts and quotations from a real digest; article text never becomes Markdown syntax.
import { describe, expect, it } from 'vitest';
import { mergeFactGroups } from '../../../src/popup/ai/facts-merge';
import { emptyAiFacts } from '../../../src/popup/ai/ai-facts';
import { digestMarkdown, escapeMarkdown, exportFileName } from '../../../src/popup/lib/markdown';
import { formatIsoDate } from '../../../src/popup/lib/format';
import { factGroups, groupQuotesBySpeaker } from '../../../src/popup/lib/digest-view';
import { keyT, sampleDigest } from './sample';

describe('digestMarkdown', () => {
  const { article, digest } = sampleDigest();
  const md = digestMarkdown({ article, digest, locale: 'en', t: keyT });
  const lines = md.split('\n');

  it('starts with the title, then the URL, source and date', () => {
    expect(lines[0]).toBe(`# ${escapeMarkdown(article.title)}`);
    expect(md).toContain(`<${article.url}>`);
    expect(md).toContain(article.siteName);
    expect(md).toContain(`mdPublished ${formatIsoDate(article.published, 'en')}`);
  });

  it('has every summary sentence as a bullet under the summary heading', () => {
    const at = lines.indexOf('## summaryTitle');
    expect(at).toBeGreaterThan(0);
    for (const s of digest.summary) expect(lines).toContain(`- ${escapeMarkdown(s.text)}`);
    expect(lines.indexOf(`- ${escapeMarkdown(digest.summary[0]!.text)}`)).toBeGreaterThan(at);
  });

  it('lists the people with their roles and the other facts by kind', () => {
    expect(lines).toContain('## factsTitle');
    for (const p of digest.facts.people) {
      expect(lines).toContain(`- ${escapeMarkdown(p.name)}${p.role ? ` — ${escapeMarkdown(p.role)}` : ''}`);
    }
    for (const kind of ['people', 'places', 'organisations', 'dates', 'figures'] as const) {
      expect(lines.includes(`### facts_${kind}`)).toBe(digest.facts[kind].length > 0);
    }
  });

  it('quotes every quotation under its speaker heading', () => {
    const groups = groupQuotesBySpeaker(digest.quotes);
    let from = lines.indexOf('## quotesTitle');
    expect(from).toBeGreaterThan(0);
    for (const g of groups) {
      const heading = lines.findIndex((l, i) => i > from && l.startsWith(`### ${g.speaker ? escapeMarkdown(g.speaker) : 'unattributed'}`));
      expect(heading).toBeGreaterThan(from);
      for (const q of g.quotes) expect(lines.indexOf(`> ${escapeMarkdown(q.text)}`, heading)).toBeGreaterThan(heading);
      from = heading;
    }
    expect(lines.filter((l) => l.startsWith('> '))).toHaveLength(digest.quotes.length);
  });

  it("labels Readlens's summary as the popup does", () => {
    const at = lines.indexOf('## summaryTitle');
    expect(lines.slice(at + 1, at + 4)).toEqual(['', '_summaryByReadlens_', '']);
    expect(md).not.toContain('summaryByAi');
  });

  it('exports the on-device AI summary when that is shown, labelled as the AI one, instead of Readlens\'s', () => {
    const withAi = digestMarkdown({ article, digest, summary: { source: 'ai', lines: ['An AI sentence.', '# Not a heading'] }, locale: 'en', t: keyT });
    const out = withAi.split('\n');
    const at = out.indexOf('## summaryTitle');
    expect(out.slice(at + 1, at + 6)).toEqual(['', '_summaryByAi_', '', '- An AI sentence.', '- \\# Not a heading']);
    expect(withAi).not.toContain('summaryByReadlens');
    for (const s of digest.summary) expect(out).not.toContain(`- ${escapeMarkdown(s.text)}`);
    // The rest of the digest is Readlens's, as the popup shows it beside the AI summary.
    expect(withAi.slice(withAi.indexOf('## factsTitle'))).toBe(md.slice(md.indexOf('## factsTitle')));
  });

  it("exports the on-device AI's facts after Readlens's in their group, each marked, with the popup's note", () => {
    const ref = digest.facts.figures[0]!.ref;
    const added = { ...emptyAiFacts(), figures: [{ text: 'dizaines de civils', counts: 'civils', ref }], places: [{ text: 'Bagdad', ref }] };
    const own = factGroups(digest.facts, 'en');
    const out = digestMarkdown({ article, digest, facts: mergeFactGroups(own, added, 'en'), locale: 'en', t: keyT }).split('\n');
    const section = (all: string[], kind: string) => {
      const from = all.indexOf(`### facts_${kind}`);
      expect(from, kind).toBeGreaterThan(0);
      return all.slice(from + 2, all.indexOf('', from + 2));
    };
    const mark = ' _(aiFactBadge)_';
    // Readlens's facts first and unmarked, exactly as exported without the AI; the AI's after them, marked.
    expect(section(out, 'figures')).toEqual([...section(lines, 'figures'), `- dizaines de civils — civils${mark}`]);
    expect(section(out, 'places')).toEqual([...section(lines, 'places'), `- Bagdad${mark}`]);
    for (const kind of ['people', 'organisations', 'dates']) expect(section(out, kind)).toEqual(section(lines, kind));
    expect(out.filter((l) => l.includes('aiFactBadge'))).toHaveLength(2);
    expect(out).toContain('_aiFactsAdded(2)_');
    expect(lines.some((l) => l.includes('aiFactBadge') || l.includes('aiFactsAdded'))).toBe(false);
  });

  it('leaves out empty sections', () => {
    const bare = digestMarkdown({
      article: { ...article, published: null, siteName: '', byline: '' },
      digest: { summary: [], quotes: [], facts: { people: [], places: [], organisations: [], dates: [], figures: [] } },
      locale: 'en',
      t: keyT,
    });
    expect(bare).toBe(`# ${escapeMarkdown(article.title)}\n\n<${article.url}>\n`);
  });
});

describe('escapeMarkdown', () => {
  it('keeps article text as text', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('--- not a rule')).toBe('\\--- not a rule');
    expect(escapeMarkdown('a *b* _c_ [d](e) `f` <g>')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\<g\\>');
    expect(escapeMarkdown('two\n lines')).toBe('two lines');
  });
});

describe('exportFileName', () => {
  it('makes a short ASCII slug with .md', () => {
    expect(exportFileName("Lutte contre Daech: l'offensive sur Mossoul progresse")).toBe('lutte-contre-daech-l-offensive-sur-mossoul-progresse.md');
    expect(exportFileName('***')).toBe('article.md');
    expect(exportFileName('x'.repeat(200)).length).toBeLessThanOrEqual(63);
  });
});
