// Article engine over generated hostile pages: every element type, hostile attributes, broken markup, odd
// characters, deep chains and huge text nodes. Nothing throws, results are well-formed, output is inert.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseCounter, params } from './support/budget';
import { getHosts, PAGE_URL } from './support/host';
import { hostilePage } from './support/html-arbitrary';
import { withoutKnown } from './support/known-bugs';
import { runPipeline } from './support/pipeline';

const counter = new CaseCounter('extract-generated');
const known = new Map<string, number>();
afterAll(() => console.log(`${counter.summary()}; known-bug hits: ${JSON.stringify(Object.fromEntries(known))}`));

describe('extract + read over generated hostile pages (fuzz)', () => {
  it('never throw, give well-formed articles and digests, leave the page untouched and output nothing executable', () => {
    let articles = 0;
    let cases = 0;
    fc.assert(fc.property(hostilePage, fc.constantFrom('off' as const, 'on' as const), counter.count('pages', (html, mode) => {
      const host = getHosts()[mode];
      const doc = host.parse(html);
      const { problems, result } = runPipeline(doc, PAGE_URL, host.sanitize, { checkUntouched: true });
      cases++;
      if (result) articles++;
      expect(withoutKnown(problems, known)).toEqual([]);
    })), params(80));
    // Most generated pages carry an article; if none did, the checks above would have run on nothing.
    expect(articles).toBeGreaterThan(cases * 0.3);
  });
});
