// Message guards under fuzzing: arbitrary values and near-valid messages never make a guard throw, and a guard
// accepts exactly what an independent statement of the protocol (support/message-spec.ts) accepts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isAnalyzeInput, isContentEvent, isPopupRequest, isRevealTarget, isToContent, senderContext } from '../../../src/common/messages';
import { analyzeArticle } from '../../../src/core/analyze';
import type { AnalyzeInput } from '../../../src/core/analyze/types';
import { CaseCounter, params } from './support/budget';
import {
  applyMutation, makeHostile, mutation, validAnalyzeInput, validContentEvent, validPopupRequest, validReveal, validToContent, type Hostile,
} from './support/message-arbitraries';
import { specAnalyzeInput, specContentEvent, specPopupRequest, specRevealTarget, specToContent } from './support/message-spec';

/** Hostile shapes structured clone never produces, which a guard must still reject (and never throw on). */
const HOSTILE_REJECTED: Hostile[] = ['throwing-getter', 'throwing-proxy', 'inherited-fields', 'sparse-array'];

const counter = new CaseCounter('messages');
afterAll(() => console.log(counter.summary()));

type Obj = Record<string, unknown>;
const GUARDS: ReadonlyArray<readonly [string, (v: unknown) => boolean, (v: unknown) => boolean, fc.Arbitrary<Obj>]> = [
  ['isPopupRequest', isPopupRequest, specPopupRequest, validPopupRequest],
  ['isContentEvent', isContentEvent, specContentEvent, validContentEvent],
  ['isToContent', isToContent, specToContent, validToContent],
  ['isAnalyzeInput', isAnalyzeInput, specAnalyzeInput, validAnalyzeInput],
  ['isRevealTarget', isRevealTarget, specRevealTarget, validReveal],
];

/** fc.anything with every shape switched on: boxed values, maps, sets, null prototypes, typed arrays, sparse arrays. */
const anyValue = fc.anything({
  withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true,
  withDate: true, withTypedArray: true, withSparseArray: true, maxDepth: 4,
});

/** Calls the guard and fails the property (instead of throwing out of it) when it throws. */
const verdict = (guard: (v: unknown) => boolean, v: unknown): boolean | 'threw' => {
  try {
    return guard(v);
  } catch {
    return 'threw';
  }
};

describe('message guards (fuzz)', () => {
  for (const [name, guard, spec, valid] of GUARDS) {
    describe(name, () => {
      it('never throws on arbitrary values and agrees with the protocol', () => {
        fc.assert(fc.property(anyValue, counter.count(`${name}/anything`, (v) => {
          expect(verdict(guard, v)).toBe(spec(v));
        })), params(600));
      });

      it('accepts every well-formed message, also after a JSON round trip', () => {
        fc.assert(fc.property(valid, counter.count(`${name}/valid`, (m) => {
          expect(guard(m)).toBe(true);
          expect(guard(JSON.parse(JSON.stringify(m)))).toBe(true);
        })), params(200));
      });

      it('rejects near-valid messages (a field missing or wrong, extra or prototype keys, huge arrays and strings)', () => {
        fc.assert(fc.property(valid, mutation, counter.count(`${name}/near-valid`, (m, mut) => {
          const v = applyMutation(m, mut);
          expect(verdict(guard, v)).toBe(spec(v));
        })), params(600));
      });

      it('survives hostile shapes that structured clone never produces (sparse arrays, symbol or hidden keys)', () => {
        const kinds: Hostile[] = ['sparse-array', 'symbol-key', 'non-enumerable-extra'];
        fc.assert(fc.property(valid, fc.constantFrom(...kinds), counter.count(`${name}/hostile`, (m, kind) => {
          const v = makeHostile(m, kind);
          const got = verdict(guard, v);
          expect(got).not.toBe('threw');
          // Whatever the analysis guard lets through, the language engine must take without throwing.
          if (got === true && name === 'isAnalyzeInput') expect(() => analyzeArticle(v as AnalyzeInput)).not.toThrow();
        })), params(100));
      });

      for (const kind of HOSTILE_REJECTED) {
        it(`rejects ${kind} values without throwing`, () => {
          fc.assert(fc.property(valid, counter.count(`${name}/${kind}`, (m) => {
            expect(verdict(guard, makeHostile(m, kind))).toBe(false);
          })), params(50));
        });
      }
    });
  }
});

describe('senderContext (fuzz)', () => {
  const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
  const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
  const sender = fc.record(
    {
      id: fc.oneof(fc.constant(OWN_ID), fc.constant(OWN_ID.toUpperCase()), fc.string(), fc.anything()),
      url: fc.oneof(fc.constant(`${OWN_ORIGIN}popup.html`), fc.constant(`chrome-extension://${OWN_ID}evil/popup.html`), fc.webUrl(), fc.anything()),
      tab: fc.oneof(fc.record({ id: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.anything()) }, { requiredKeys: [] }), fc.anything()),
      frameId: fc.oneof(fc.constant(0), fc.integer(), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it('only our own popup URL is an extension page, only our top-frame tab script is content', () => {
    fc.assert(fc.property(sender, counter.count('senderContext', (s) => {
      const got = senderContext(s as Parameters<typeof senderContext>[0], OWN_ID, OWN_ORIGIN);
      const own = s.id === OWN_ID;
      const tab = s.tab as { id?: unknown } | undefined;
      const contentOk = own && s.tab !== undefined && s.frameId === 0 && typeof tab?.id === 'number' && Number.isInteger(tab.id) && tab.id >= 0;
      const pageOk = own && s.tab === undefined && typeof s.url === 'string' && s.url.startsWith(OWN_ORIGIN);
      expect(got).toBe(contentOk ? 'content' : pageOk ? 'extension-page' : 'foreign');
    })), params(600));
  });
});
