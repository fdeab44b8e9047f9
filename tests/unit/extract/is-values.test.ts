// dropIsValues: elements with a customised built-in "is" value come out as plain elements, children and attributes kept.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropIsValues } from '../../../src/core/extract/purify';

const bodyOf = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
const serialisedIs = (el: Element): boolean => /^<[^\s>]+ is="/.test((el.cloneNode(false) as Element).outerHTML);

describe('dropIsValues', () => {
  it('recreates an element with an is attribute, keeping its children and other attributes', () => {
    const body = bodyOf('<p>a <span is="x-evil" lang="fr">b <em>c</em></span> d</p>');
    dropIsValues(body);
    const span = body.querySelector('span')!;
    expect(span.hasAttribute('is')).toBe(false);
    expect(serialisedIs(span)).toBe(false);
    expect(span.getAttribute('lang')).toBe('fr');
    expect(body.innerHTML).toBe('<p>a <span lang="fr">b <em>c</em></span> d</p>');
  });

  it('finds an is value whose attribute was already removed', () => {
    const body = bodyOf('<div><p is="x-evil">text</p></div>');
    body.querySelector('p')!.removeAttribute('is');
    expect(serialisedIs(body.querySelector('p')!)).toBe(true); // the engine keeps the value: what makes this a bug
    dropIsValues(body, true);
    expect(serialisedIs(body.querySelector('p')!)).toBe(false);
    expect(body.innerHTML).not.toContain('is=');
    expect(body.textContent).toBe('text');
  });

  it('leaves ordinary content untouched', () => {
    const body = bodyOf('<p title="x is=&quot;y&quot;">a <b>is="z"</b></p>');
    const before = body.innerHTML;
    const p = body.querySelector('p');
    dropIsValues(body, true);
    expect(body.innerHTML).toBe(before);
    expect(body.querySelector('p')).toBe(p);
  });
});
