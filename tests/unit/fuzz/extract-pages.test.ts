// Article engine over mutated real pages (~20 Readability pages of tests/fixtures/readability): truncated or mis-decoded
// bytes, deleted / duplicated / moved subtrees, injected XSS vectors, hostile attributes, deep wrapping, huge or
// odd text. Nothing throws, results are well-formed, output is inert.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseCounter, params } from './support/budget';
import { getHosts, PAGE_URL } from './support/host';
import { withoutKnown } from './support/known-bugs';
import { applyBytes, applyDom, byteMutation, domMutation } from './support/mutate';
import { samplePages } from './support/pages';
import { runPipeline } from './support/pipeline';

const PAGES = samplePages(20);
const counter = new CaseCounter('extract-pages');
const known = new Map<string, number>();
afterAll(() => console.log(`${counter.summary()}; pages=${PAGES.length}; known-bug hits: ${JSON.stringify(Object.fromEntries(known))}`));

describe('extract + read over mutated real pages (fuzz)', () => {
  it('finds the sample pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(15);
  });

  it('never throw, give well-formed results, output nothing executable', () => {
    let articles = 0;
    let cases = 0;
    const arb = fc.record({
      page: fc.nat(Math.max(0, PAGES.length - 1)),
      bytes: byteMutation,
      ops: fc.array(domMutation, { minLength: 1, maxLength: 6 }),
      mode: fc.constantFrom('off' as const, 'on' as const),
    });
    fc.assert(fc.property(arb, counter.count('mutated-pages', ({ page, bytes, ops, mode }) => {
      const host = getHosts()[mode];
      const doc = host.parse(applyBytes(PAGES[page]!.bytes, bytes));
      for (const op of ops) applyDom(doc, op);
      const { problems, result } = runPipeline(doc, PAGE_URL, host.sanitize, { checkUntouched: true });
      cases++;
      if (result) articles++;
      expect(withoutKnown(problems, known), PAGES[page]!.name).toEqual([]);
    })), params(40));
    expect(articles).toBeGreaterThan(cases * 0.3);
  });
});
