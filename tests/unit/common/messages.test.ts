import { describe, expect, it } from 'vitest';
import { isContentEvent, isOffscreenRequest, isPopupRequest, isToContent, senderContext } from '../../../src/common/messages';

describe('message guards', () => {
  it('accepts well-formed popup requests', () => {
    expect(isPopupRequest({ type: 'bg/prepare', tabId: 3 })).toBe(true);
    expect(isPopupRequest({ type: 'bg/setReading', tabId: 0, on: false })).toBe(true);
  });

  it.each([
    null, undefined, 42, 'bg/prepare', [], {},
    { type: 'bg/prepare' },
    { type: 'bg/prepare', tabId: -1 },
    { type: 'bg/prepare', tabId: 1.5 },
    { type: 'bg/prepare', tabId: '3' },
    { type: 'bg/setReading', tabId: 3, on: 'yes' },
    { type: 'bg/setReading', tabId: 3, on: true, extra: 1 },
    { type: 'bg/unknown', tabId: 3 },
  ])('rejects malformed popup request %j', (m) => {
    expect(isPopupRequest(m)).toBe(false);
  });

  it('checks content events and content commands', () => {
    expect(isContentEvent({ type: 'bg/readerState', open: true })).toBe(true);
    expect(isContentEvent({ type: 'bg/readerState', open: 1 })).toBe(false);
    expect(isToContent({ type: 'content/setReader', open: false })).toBe(true);
    expect(isToContent({ type: 'content/ping' })).toBe(true);
    expect(isToContent({ type: 'content/ping', x: 1 })).toBe(false);
    expect(isToContent({ type: 'content/setReader' })).toBe(false);
  });

  it('checks read-aloud requests: an optional switch and an optional place to start', () => {
    const at = { kind: 'span', paragraph: 2, start: 0, end: 10 };
    expect(isPopupRequest({ type: 'bg/listen', tabId: 3 })).toBe(true);
    expect(isPopupRequest({ type: 'bg/listen', tabId: 3, on: false })).toBe(true);
    expect(isPopupRequest({ type: 'bg/listen', tabId: 3, on: true, at })).toBe(true);
    expect(isPopupRequest({ type: 'bg/listen', tabId: 3, on: 'yes' })).toBe(false);
    expect(isPopupRequest({ type: 'bg/listen', tabId: 3, at: { kind: 'span', paragraph: 2, start: 5, end: 5 } })).toBe(false);
    expect(isPopupRequest({ type: 'bg/listen', tabId: 3, speak: 'anything' })).toBe(false);
    expect(isToContent({ type: 'content/listen', at: { kind: 'quote', index: 1 } })).toBe(true);
    expect(isToContent({ type: 'content/listen', on: null })).toBe(false);
    expect(isContentEvent({ type: 'bg/listenScript' })).toBe(true);
    expect(isContentEvent({ type: 'bg/listenScript', files: ['evil.js'] })).toBe(false);
  });
});

describe('senderContext', () => {
  const id = 'abc';
  const origin = 'chrome-extension://abc/';
  it('tells our pages, our content scripts and strangers apart', () => {
    expect(senderContext({ id, url: 'chrome-extension://abc/src/popup/index.html' }, id, origin)).toBe('extension-page');
    expect(senderContext({ id, url: 'https://news.example/', tab: { id: 4 }, frameId: 0 }, id, origin)).toBe('content');
    expect(senderContext({ id, url: 'https://news.example/', tab: { id: 4 }, frameId: 2 }, id, origin)).toBe('foreign');
    expect(senderContext({ id: 'other', url: 'chrome-extension://other/' }, id, origin)).toBe('foreign');
    expect(senderContext({ id, url: 'https://evil.example/' }, id, origin)).toBe('foreign');
    expect(senderContext({ id }, id, origin)).toBe('foreign');
  });
});

describe('analysis requests', () => {
  it('accepts a real article input', () => {
    expect(isContentEvent({ type: 'bg/analyze', input: { paragraphs: ['a', 'b'], title: 't', lang: 'fr', published: null, captions: [] } })).toBe(true);
  });

  it.each([
    { paragraphs: 'text' },
    { paragraphs: [1, 2] },
    { paragraphs: ['ok'], title: 3 },
    { paragraphs: ['ok'], evil: true },
    { paragraphs: ['ok'], captions: 'x' },
    { paragraphs: ['ok'], published: 5 },
    { paragraphs: new Array(20_001).fill('p') },
    { paragraphs: ['x'.repeat(3_000_001)] },
  ])('rejects malformed or oversized input %#', (input) => {
    expect(isContentEvent({ type: 'bg/analyze', input })).toBe(false);
  });
});

describe('page copies for extraction', () => {
  it('accepts a page copy from the content script and for the offscreen document', () => {
    expect(isContentEvent({ type: 'bg/extract', html: '<p>x</p>', url: 'https://a.example/' })).toBe(true);
    expect(isOffscreenRequest({ type: 'offscreen/extract', html: '<p>x</p>', url: 'https://a.example/' })).toBe(true);
  });

  it.each([
    { type: 'bg/extract', html: 42, url: 'https://a.example/' },
    { type: 'bg/extract', html: '<p>', url: 'u'.repeat(9000) },
    { type: 'bg/extract', html: '<p>', url: 'https://a.example/', extra: 1 },
    { type: 'bg/extract', html: 'x'.repeat(50_000_001), url: 'https://a.example/' },
  ])('rejects %#', (m) => {
    expect(isContentEvent(m)).toBe(false);
    expect(isOffscreenRequest({ ...m, type: 'offscreen/extract' })).toBe(false);
  });
});

describe('tab ids', () => {
  it.each([2 ** 31, 2 ** 53 + 2, 1e300, -1])('refuses %d', (tabId) => {
    expect(isPopupRequest({ type: 'bg/prepare', tabId })).toBe(false);
  });
  it('accepts the largest 32-bit id', () => {
    expect(isPopupRequest({ type: 'bg/prepare', tabId: 2 ** 31 - 1 })).toBe(true);
  });
});

describe('setReader ask flag', () => {
  it('is optional and boolean', () => {
    expect(isToContent({ type: 'content/setReader', open: true, ask: true })).toBe(true);
    expect(isToContent({ type: 'content/setReader', open: true })).toBe(true);
    expect(isToContent({ type: 'content/setReader', open: true, ask: 'yes' })).toBe(false);
  });
});
