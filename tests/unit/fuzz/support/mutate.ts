// Mutations of real pages: byte-level (truncation, mis-decoding) before parsing, DOM-level (delete, duplicate,
// reparent, inject XSS, hostile attributes, deep wrapping, huge or odd text) after.
import fc from 'fast-check';
import { ATTR_NAMES, ATTR_VALUES } from './html-arbitrary';
import { wildString } from './text-arbitraries';
import { VECTORS } from './vectors';

export type ByteMutation =
  | { op: 'none' }
  | { op: 'truncate'; at: number }
  | { op: 'latin1' }
  | { op: 'splice-bytes'; at: number; bytes: number[] };

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ op: 'none' as const }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ op: 'truncate' as const, at })) },
  { weight: 1, arbitrary: fc.constant({ op: 'latin1' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('splice-bytes' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      // NUL, BOM, a lone continuation byte, an overlong '<', invalid 0xFF.
      bytes: fc.array(fc.constantFrom(0x00, 0xef, 0xbb, 0xbf, 0x80, 0xc0, 0xbc, 0xff, 0x3c), { minLength: 1, maxLength: 6 }),
    }),
  },
);

/** The page text after a byte mutation (decoded as a browser without a charset would). */
export function applyBytes(bytes: Buffer, m: ByteMutation): string {
  switch (m.op) {
    case 'none': return bytes.toString('utf8');
    case 'truncate': return bytes.subarray(0, Math.floor(bytes.length * m.at)).toString('utf8');
    case 'latin1': return bytes.toString('latin1');
    case 'splice-bytes': {
      const at = Math.floor(bytes.length * m.at);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]).toString('utf8');
    }
  }
}

export type DomMutation =
  | { op: 'delete'; target: number }
  | { op: 'duplicate'; target: number }
  | { op: 'reparent'; target: number; dest: number }
  | { op: 'inject'; dest: number; vector: number; where: InsertPosition }
  | { op: 'attr'; target: number; name: string; value: string }
  | { op: 'wrap-deep'; target: number; depth: number }
  | { op: 'huge-text'; target: number; size: number }
  | { op: 'odd-text'; target: number; text: string };

const idx = fc.nat();
export const domMutation: fc.Arbitrary<DomMutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), target: idx }),
  fc.record({ op: fc.constant('duplicate' as const), target: idx }),
  fc.record({ op: fc.constant('reparent' as const), target: idx, dest: idx }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('inject' as const), dest: idx, vector: fc.nat(VECTORS.length - 1), where: fc.constantFrom<InsertPosition>('beforebegin', 'afterbegin', 'beforeend', 'afterend') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('attr' as const), target: idx, name: fc.constantFrom(...ATTR_NAMES), value: fc.constantFrom(...ATTR_VALUES) }) },
  fc.record({ op: fc.constant('wrap-deep' as const), target: idx, depth: fc.integer({ min: 10, max: 400 }) }),
  fc.record({ op: fc.constant('huge-text' as const), target: idx, size: fc.integer({ min: 20_000, max: 200_000 }) }),
  fc.record({ op: fc.constant('odd-text' as const), target: idx, text: wildString(80) }),
);

/** Applies one DOM mutation to the live document (elements picked by index among all body elements). */
export function applyDom(doc: Document, m: DomMutation): void {
  const all = doc.body ? doc.body.getElementsByTagName('*') : doc.getElementsByTagName('*');
  if (!all.length) return;
  const pick = (n: number): Element => all[n % all.length]!;
  const el = pick('target' in m ? m.target : m.dest);
  switch (m.op) {
    case 'delete': el.remove(); return;
    case 'duplicate': el.after(el.cloneNode(true)); return;
    case 'reparent': {
      const dest = pick(m.dest);
      if (!el.contains(dest)) dest.append(el);
      return;
    }
    case 'inject': {
      const vector = VECTORS[m.vector]!;
      try {
        el.insertAdjacentHTML(m.where, vector.html);
      } catch {
        el.insertAdjacentHTML('beforeend', vector.html); // no parent for beforebegin/afterend: inject inside
      }
      return;
    }
    case 'attr':
      try { el.setAttribute(m.name, m.value); } catch { /* names like xlink:href are invalid for setAttribute in HTML */ }
      return;
    case 'wrap-deep': {
      let outer: Element = el;
      const parent = el.parentNode;
      if (!parent) return;
      const marker = doc.createComment('');
      parent.replaceChild(marker, el);
      for (let d = 0; d < m.depth; d++) {
        const w = doc.createElement(d % 3 ? 'div' : 'span');
        w.append(outer);
        outer = w;
      }
      parent.replaceChild(outer, marker);
      return;
    }
    case 'huge-text': {
      const unit = (el.textContent ?? '').trim().slice(0, 200) || 'The council voted on Tuesday. ';
      el.append(doc.createTextNode(unit.repeat(Math.ceil(m.size / unit.length)).slice(0, m.size)));
      return;
    }
    case 'odd-text': {
      const walker = doc.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
      const text = walker.nextNode() as Text | null;
      if (text) text.data = text.data.slice(0, text.data.length >> 1) + m.text + text.data.slice(text.data.length >> 1);
      else el.append(doc.createTextNode(m.text));
      return;
    }
  }
}
