// fast-check arbitraries for the message protocol: valid messages of each kind and near-valid mutations of them.
import fc from 'fast-check';

type Obj = Record<string, unknown>;

const tabId = fc.nat({ max: 2 ** 31 - 1 });
const index = fc.nat({ max: 1e7 - 1 });
const text = fc.string({ maxLength: 40 });

export const validReveal: fc.Arbitrary<Obj> = fc.oneof(
  fc.record({ kind: fc.constant('quote'), index }),
  fc.tuple(index, index, fc.integer({ min: 1, max: 1000 })).map(([paragraph, start, len]) => ({
    kind: 'span', paragraph, start: Math.min(start, 1e7 - 1 - len), end: Math.min(start, 1e7 - 1 - len) + len,
  })),
);

export const validAnalyzeInput: fc.Arbitrary<Obj> = fc.record(
  {
    paragraphs: fc.array(fc.string({ maxLength: 200 }), { maxLength: 8 }),
    title: text,
    excerpt: text,
    lang: fc.constantFrom('en', 'fr', 'de', 'xx', ''),
    published: fc.option(fc.constantFrom('2016-10-26T12:54:00+02:00', '2026-01-01', 'garbage'), { nil: null }),
    captions: fc.array(text, { maxLength: 3 }),
  },
  { requiredKeys: ['paragraphs'] },
);

export const validPopupRequest: fc.Arbitrary<Obj> = fc.oneof(
  fc.record({ type: fc.constant('bg/prepare'), tabId }),
  fc.record({ type: fc.constant('bg/setReading'), tabId, on: fc.boolean() }),
  fc.record({ type: fc.constant('bg/reveal'), tabId, target: validReveal }),
);

export const validContentEvent: fc.Arbitrary<Obj> = fc.oneof(
  fc.record({ type: fc.constant('bg/readerState'), open: fc.boolean() }),
  fc.record({ type: fc.constant('bg/analyze'), input: validAnalyzeInput }),
);

export const validToContent: fc.Arbitrary<Obj> = fc.oneof(
  fc.constantFrom({ type: 'content/ping' }, { type: 'content/pageInfo' }, { type: 'content/digest' }),
  fc.record({ type: fc.constant('content/setReader'), open: fc.boolean() }),
  fc.record({ type: fc.constant('content/reveal'), target: validReveal }),
);

/** Keys that target prototype pollution or shadow built-ins. */
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'then', 'type', 'length'];

/** Values that are nearly right: wrong type, out of range, look-alike strings. */
const nearValues = fc.oneof(
  fc.anything(),
  fc.constantFrom(-1, 1.5, NaN, Infinity, -0, 2 ** 53, '3', 'true', true, null, undefined, [], {}, 'bg/prepare ', 'BG/PREPARE', 'content/ping\u0000'),
);

/** One structural change applied to a plain message (or to a nested record inside it). */
export type Mutation =
  | { op: 'drop'; pick: number }
  | { op: 'set'; pick: number; value: unknown }
  | { op: 'extra'; key: string; value: unknown }
  | { op: 'own-proto'; value: unknown }
  | { op: 'json-proto' }
  | { op: 'nested'; pick: number; inner: Mutation }
  | { op: 'wrap-array' }
  | { op: 'huge-array'; pick: number; size: number }
  | { op: 'huge-string'; pick: number; size: number };

export const mutation: fc.Arbitrary<Mutation> = fc.letrec<{ m: Mutation }>((tie) => ({
  m: fc.oneof(
    { maxDepth: 2, depthSize: 'small' },
    fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: nearValues }),
    fc.record({ op: fc.constant('extra' as const), key: fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ minLength: 1, maxLength: 8 })), value: nearValues }),
    fc.record({ op: fc.constant('own-proto' as const), value: fc.oneof(fc.constant({ isAdmin: true }), fc.anything()) }),
    fc.constant({ op: 'json-proto' as const }),
    fc.record({ op: fc.constant('nested' as const), pick: fc.nat(), inner: tie('m') }),
    fc.constant({ op: 'wrap-array' as const }),
    fc.record({ op: fc.constant('huge-array' as const), pick: fc.nat(), size: fc.constantFrom(20_001, 100_000) }),
    fc.record({ op: fc.constant('huge-string' as const), pick: fc.nat(), size: fc.constantFrom(3_000_001, 5_000_000) }),
  ),
})).m;

const keyAt = (o: Obj, pick: number): string | undefined => {
  const keys = Object.keys(o);
  return keys.length ? keys[pick % keys.length] : undefined;
};

/** Applies a mutation to a copy (the valid input is never changed). */
export function applyMutation(msg: Obj, m: Mutation): unknown {
  const copy: Obj = { ...msg };
  const key = 'pick' in m ? keyAt(copy, m.pick) : undefined;
  switch (m.op) {
    case 'drop':
      if (key) delete copy[key];
      return copy;
    case 'set':
      if (key) copy[key] = m.value;
      return copy;
    case 'extra':
      // defineProperty makes "__proto__" an own key, as JSON.parse and structured clone do.
      Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      return copy;
    case 'own-proto':
      Object.defineProperty(copy, '__proto__', { value: m.value, enumerable: true, writable: true, configurable: true });
      return copy;
    case 'json-proto':
      return JSON.parse(JSON.stringify(copy).replace(/^\{/, '{"__proto__":{"polluted":true},')) as unknown;
    case 'nested': {
      const nestedKey = Object.keys(copy).find((k) => typeof copy[k] === 'object' && copy[k] !== null && !Array.isArray(copy[k]));
      if (nestedKey) copy[nestedKey] = applyMutation(copy[nestedKey] as Obj, m.inner);
      return copy;
    }
    case 'wrap-array':
      return [copy];
    case 'huge-array': {
      const arrKey = Object.keys(copy).find((k) => Array.isArray(copy[k])) ?? key;
      if (arrKey) copy[arrKey] = new Array<string>(m.size).fill('');
      return copy;
    }
    case 'huge-string': {
      const arrKey = Object.keys(copy).find((k) => Array.isArray(copy[k]));
      if (arrKey) copy[arrKey] = ['x'.repeat(m.size)];
      else if (key) copy[key] = 'x'.repeat(m.size);
      return copy;
    }
  }
}

/** Hostile shapes that never come out of structured clone but must still not crash or pass a guard. */
export type Hostile = 'throwing-getter' | 'throwing-proxy' | 'inherited-fields' | 'sparse-array' | 'symbol-key' | 'non-enumerable-extra';

export function makeHostile(msg: Obj, kind: Hostile): unknown {
  switch (kind) {
    case 'throwing-getter': {
      const o: Obj = {};
      for (const k of Object.keys(msg)) Object.defineProperty(o, k, { enumerable: true, get() { throw new Error(`getter ${k}`); } });
      return o;
    }
    case 'throwing-proxy':
      return new Proxy(msg, {
        get() { throw new Error('proxy get'); },
        ownKeys() { throw new Error('proxy ownKeys'); },
        getOwnPropertyDescriptor() { throw new Error('proxy descriptor'); },
        has() { throw new Error('proxy has'); },
        getPrototypeOf() { throw new Error('proxy getPrototypeOf'); },
      });
    case 'inherited-fields':
      return Object.create(msg) as unknown;
    case 'sparse-array': {
      const copy: Obj = { ...msg };
      const arrKey = Object.keys(copy).find((k) => Array.isArray(copy[k]));
      if (arrKey) copy[arrKey] = new Array<string>(3);
      else copy.__sparse = new Array<string>(3);
      return copy;
    }
    case 'symbol-key':
      return { ...msg, [Symbol('extra')]: 1 };
    case 'non-enumerable-extra':
      return Object.defineProperty({ ...msg }, 'extra', { value: 1, enumerable: false });
  }
}
