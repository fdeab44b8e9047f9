// Firefox ESR: Listen on the sample article, the smoke of tests/e2e/listen.test.mjs. Headless Firefox has no audio
// device, so the e2e build's speech script records instead of speaking (see listen.test.mjs and
// src/content/listen/recording-speech.ts); the page's own getVoices() count is printed for the record.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launchFirefox } from './lib/firefox.mjs';
import { inReader, isClosed, isOpen, norm, readerInfo } from './lib/reader.mjs';
import { samplePage } from './lib/paths.mjs';
import { screenshot } from './lib/artifacts.mjs';
import { waitFor } from './lib/wait.mjs';
import { installSpeechProbe, speechState } from './lib/listen-probes.mjs';

describe('Firefox ESR: Listen reads the sample aloud', () => {
  let server;
  let firefox;
  let page;

  before(async () => {
    server = await startServer();
    firefox = await launchFirefox();
    page = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  const speaks = (s) => s.log.filter((e) => e.call === 'speak');
  const waitSpeech = (accept, what) => waitFor(() => speechState(page), { accept, what, timeout: 15000 });
  const clickIn = (testid) => inReader(page, (root, id) => root.querySelector(`[data-testid="${id}"]`).click(), testid);

  it('title first, the highlight sentence by sentence, pause/resume/next, and closing stops speech', async () => {
    await page.goto(server.url(samplePage), { waitUntil: 'load' });
    const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
    console.log(`# Firefox: the page's speechSynthesis.getVoices() lists ${voices} voice(s) headless`);
    const popup = await firefox.clickToolbar(page);
    await popup.settled();
    await popup.click('reading-toggle');
    await waitFor(() => readerInfo(page), { accept: isOpen, what: 'the reader to open in Firefox' });
    await installSpeechProbe(page);
    await clickIn('reader-listen');
    const first = await waitSpeech((s) => speaks(s).length >= 1, 'the first speak()');
    const title = await inReader(page, (root) => root.querySelector('[data-testid="reader-title"]').textContent);
    assert.equal(norm(speaks(first)[0].text), norm(title));
    console.log(`# Firefox Listen: ${(speaks(first)[0].t - first.pressedAt).toFixed(1)} ms from pressing Listen to the first speak()`);
    const three = await waitSpeech((s) => s.marks.length >= 3, 'three sentences');
    assert.deepEqual(three.marks.slice(0, 3), ['0', '1', '2']);
    assert.equal(three.pressed, 'true');
    await screenshot(page, 'firefox-reader-listening');

    await clickIn('listen-play');
    const paused = await waitSpeech((s) => s.playing === 'false' && s.engineSpeaking === 'false', 'pause');
    const count = speaks(paused).length;
    await clickIn('listen-play');
    const resumed = await waitSpeech((s) => speaks(s).length > count, 'resume');
    assert.equal(resumed.speaking, paused.speaking, 'resumes in the same sentence');
    await clickIn('listen-next');
    await waitSpeech((s) => Number(s.speaking) === Number(paused.speaking) + 1, 'the next sentence');

    await page.keyboard.press('Escape');
    await waitFor(() => readerInfo(page), { accept: isClosed, what: 'the reader to close' });
    const closed = await waitSpeech((s) => s.log.at(-1)?.call === 'cancel' && s.engineSpeaking === 'false', 'speech to stop');
    const later = await waitSpeech((s) => s.now - closed.log.at(-1).t > 1500, 'time for another sentence');
    assert.equal(later.log.length, closed.log.length, 'nothing is spoken after the reader closed');
  });
});
