// Starts Firefox headless in a throwaway profile with Marionette on a free port, opens one WebDriver session through
// Marionette and attaches puppeteer to that same session over WebDriver BiDi; closing kills the whole process group.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { Marionette } from './marionette.mjs';
import { firefoxPath } from './paths.mjs';
import { waitFor } from './wait.mjs';

/** Firefox instances still running, with their profiles: killed and removed when this test process ends, however it ends. */
const running = new Map();
const killGroup = (child) => {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
const killAll = () => {
  for (const [child, profile] of running) {
    killGroup(child);
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // A profile left in the temp folder is harmless; the process is what must not outlive us.
    }
  }
};
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });
}

/** The user.js line for one preference (a JSON literal is a valid pref value). */
const prefLine = ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`;

/**
 * Start Firefox with `prefs` in a fresh profile. Returns `{ browser, marionette, version, close }`: `browser` is a
 * puppeteer Browser (pages over WebDriver BiDi), `marionette` a client already in the chrome scope of the browser window.
 */
export async function startFirefox({ prefs = {} } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'readlens-e2e-firefox-'));
  // Port 0: Firefox picks a free port and writes it to MarionetteActivePort, so parallel runs never collide.
  const allPrefs = { ...prefs, 'marionette.port': 0 };
  fs.writeFileSync(path.join(profile, 'user.js'), `${Object.entries(allPrefs).map(prefLine).join('\n')}\n`);
  const args = ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'];
  // Its own process group (detached), so one kill reaches the content processes too.
  const child = spawn(firefoxPath, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  running.set(child, profile);
  let stderrTail = '';
  child.stderr.on('data', (chunk) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  let marionette;
  let browser;
  const close = async () => {
    await browser?.disconnect().catch(() => {});
    marionette?.close();
    killGroup(child);
    await exited;
    running.delete(child);
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };

  try {
    const portFile = path.join(profile, 'MarionetteActivePort');
    const port = await waitFor(
      () => {
        if (child.exitCode !== null || child.signalCode) throw new Error(`Firefox exited (${child.exitCode ?? child.signalCode}): ${stderrTail}`);
        return fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : 0;
      },
      { accept: (p) => p > 0, timeout: 60000, interval: 100, what: `Firefox (${firefoxPath}) to start Marionette` },
    );
    marionette = await Marionette.connect(port);
    // One WebDriver session for both protocols: Firefox allows a single session, and webSocketUrl opens it to BiDi too.
    const session = await marionette.send('WebDriver:NewSession', { webSocketUrl: true, unhandledPromptBehavior: 'ignore' });
    await marionette.send('Marionette:SetContext', { value: 'chrome' });
    browser = await puppeteer.connect({ transport: await sessionTransport(session), protocol: 'webDriverBiDi' });
    return { browser, marionette, version: session.capabilities.browserVersion, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * A WebSocket transport to the session's BiDi endpoint that answers puppeteer's `session.new` with the session
 * Marionette already opened (puppeteer always asks for a new one; Firefox would refuse a second).
 */
async function sessionTransport({ sessionId, capabilities }) {
  const socket = await NodeWebSocketTransport.create(capabilities.webSocketUrl);
  const transport = {
    onmessage: undefined,
    onclose: undefined,
    send(message) {
      const { id, method } = JSON.parse(message);
      if (method !== 'session.new') return socket.send(message);
      const reply = JSON.stringify({ type: 'success', id, result: { sessionId, capabilities } });
      setImmediate(() => transport.onmessage?.(reply));
    },
    close: () => socket.close(),
  };
  socket.onmessage = (message) => transport.onmessage?.(message);
  socket.onclose = () => transport.onclose?.();
  return transport;
}
