// Malformed-message generator for the messages e2e test: near misses of every real message (one defect each) plus
// fast-check samples, all invalid by construction, as JSON specs (`{"$huge": n}` stands for a string of n characters,
// `{"$deep": n}` for an object nested n levels — built inside the browser so they do not cross the DevTools pipe).
import fc from 'fast-check';

/** Every message type of the protocol (src/common/messages.ts), both directions. */
export const MESSAGE_TYPES = ['bg/prepare', 'bg/setReading', 'bg/reveal', 'bg/readerState', 'bg/analyze', 'bg/extract', 'offscreen/extract', 'content/ping', 'content/pageInfo', 'content/setReader', 'content/reveal', 'content/digest'];

/** Tab ids no handler may accept: negative, fractional, numeric strings, null (NaN/Infinity in JSON), other types. */
const BAD_TAB_IDS = [-1, -2147483648, 1.5, '0', null, true, [], {}];
/** Integers no browser tab id can be (tab ids are 32-bit): refused by a strict guard, kept apart (see the test). */
export const OUT_OF_RANGE_TAB_IDS = [2 ** 31, 2 ** 53 + 2, 1e300];
/** Reveal targets that must be refused. */
const BAD_TARGETS = [
  { kind: 'quote', index: -1 },
  { kind: 'quote', index: 1e12 },
  { kind: 'quote', index: '0' },
  { kind: 'span', paragraph: 0, start: 5, end: 2 },
  { kind: 'span', paragraph: 0, start: 0 },
  { kind: 'span', paragraph: -3, start: 0, end: 4 },
  { kind: 'script', index: 0 },
  { kind: 'quote', index: 0, extra: 1 },
  null,
  'quote',
];
/** `bg/analyze` inputs that must be refused: wrong types, extra keys, over the size bounds, nested junk. */
const BAD_ANALYZE_INPUTS = [
  null,
  'text',
  [],
  {},
  { paragraphs: 'not a list' },
  { paragraphs: [1, 2, 3] },
  { paragraphs: [['nested']] },
  { paragraphs: ['ok'], title: 42 },
  { paragraphs: ['ok'], lang: {} },
  { paragraphs: ['ok'], published: 20240101 },
  { paragraphs: ['ok'], captions: 'x' },
  { paragraphs: ['ok'], extra: true },
  { paragraphs: [{ $huge: 3_100_000 }] },
  { paragraphs: { $repeat: 20_001, of: 'a' } },
  JSON.parse('{"paragraphs":["ok"],"__proto__":{"polluted":true},"constructor":"x"}'),
];

/** Valid messages of each direction, used as the base for near misses. `tabId` is filled in by the test. */
export function validMessages(tabId) {
  return {
    toBackground: [
      { type: 'bg/prepare', tabId },
      { type: 'bg/setReading', tabId, on: false },
      { type: 'bg/reveal', tabId, target: { kind: 'quote', index: 0 } },
      { type: 'bg/readerState', open: false },
      { type: 'bg/analyze', input: { paragraphs: ['A short paragraph.'] } },
      { type: 'bg/extract', html: '<article><h1>Hi</h1><p>A short paragraph.</p></article>', url: 'http://127.0.0.1/story' },
    ],
    /** Background → its offscreen document (Chrome), which must answer extension pages only. */
    toOffscreen: [{ type: 'offscreen/extract', html: '<article><h1>Hi</h1><p>A short paragraph.</p></article>', url: 'http://127.0.0.1/story' }],
    toContent: [
      { type: 'content/ping' },
      { type: 'content/pageInfo' },
      { type: 'content/setReader', open: false },
      { type: 'content/reveal', target: { kind: 'span', paragraph: 0, start: 0, end: 5 } },
      { type: 'content/digest' },
    ],
  };
}

/** One defect applied to a valid message: each result is refused by a correct guard. */
function nearMisses(message) {
  const out = [];
  const fields = Object.keys(message).filter((k) => k !== 'type');
  out.push({ ...message, extra: 1 });
  out.push({ ...message, type: message.type.toUpperCase() });
  out.push({ ...message, type: ` ${message.type}` });
  out.push({ ...message, type: [message.type] });
  out.push({ ...message, huge: { $huge: 8_000_000 } });
  out.push({ ...message, deep: { $deep: 400 } });
  out.push([message]);
  out.push(JSON.stringify(message));
  for (const f of fields) {
    const { [f]: _dropped, ...missing } = message;
    out.push(missing);
    for (const wrong of ['yes', 1, null, [], { $deep: 50 }]) if (typeof wrong !== typeof message[f] && !(wrong && typeof wrong === 'object' && !Array.isArray(wrong) && typeof message[f] === 'object')) out.push({ ...message, [f]: wrong });
  }
  if ('tabId' in message) for (const id of BAD_TAB_IDS) out.push({ ...message, tabId: id });
  if ('target' in message) for (const target of BAD_TARGETS) out.push({ ...message, target });
  if (message.type === 'bg/analyze') for (const input of BAD_ANALYZE_INPUTS) out.push({ ...message, input });
  // Page copies: a URL longer than any real one.
  if ('html' in message) out.push({ ...message, url: { $huge: 9000 } });
  if ('on' in message || 'open' in message) for (const v of [0, 1, 'false', 'true', null]) out.push({ ...message, ['on' in message ? 'on' : 'open']: v });
  return out;
}

/** Non-messages and prototype-shaped junk. */
const ODDITIES = [null, 0, -1, true, '', 'bg/prepare', [], {}, { type: null }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }, { type: 'hasOwnProperty' }, { type: 'bg/' }, { type: 'content/' }, { type: { $huge: 1_000_000 } }, { $deep: 400 }];

/**
 * The malformed set for `valid` (an array of real messages): near misses of each, the oddities, and `fuzz` fast-check
 * samples (random JSON values, and real types with extra random keys), seeded so every run sends the same set.
 */
export function malformedMessages(valid, { fuzz = 60, seed = 20240607 } = {}) {
  const random = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: fuzz, seed });
  const typed = fc.sample(
    fc.tuple(fc.constantFrom(...MESSAGE_TYPES), fc.dictionary(fc.string({ maxLength: 8 }).map((k) => `x${k}`), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 })),
    { numRuns: fuzz, seed: seed + 1 },
  ).map(([type, extra]) => ({ ...extra, type }));
  return [...valid.flatMap(nearMisses), ...ODDITIES, ...random, ...typed];
}

/** Runs in the browser (any context): turns `$huge` / `$deep` / `$repeat` specs into real values. */
export function materialize(spec) {
  const build = (v) => {
    if (Array.isArray(v)) return v.map(build);
    if (v && typeof v === 'object') {
      if (typeof v.$huge === 'number') return 'x'.repeat(v.$huge);
      if (typeof v.$deep === 'number') {
        let o = { leaf: true };
        for (let i = 0; i < v.$deep; i++) o = { o };
        return o;
      }
      if (typeof v.$repeat === 'number') return Array.from({ length: v.$repeat }, () => v.of);
      const out = {};
      for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: build(x), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return v;
  };
  return build(spec);
}
