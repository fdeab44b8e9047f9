// Browser-wide network recorder over CDP: auto-attaches to every target (pages, extension popups and pages, the
// service worker, workers, frames) and logs each request with the target that made it.

/** URL schemes that leave the browser (everything else — chrome-extension:, data:, blob:, about: — stays inside). */
export const NETWORK_SCHEMES = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'];
export const isNetworkUrl = (url) => NETWORK_SCHEMES.some((s) => url.startsWith(s));

/** The URLs named in a request's initiator stack (the script lines that caused it). */
function initiatorUrls(initiator) {
  const urls = new Set();
  if (initiator?.url) urls.add(initiator.url);
  for (let st = initiator?.stack; st; st = st.parent) for (const f of st.callFrames ?? []) if (f.url) urls.add(f.url);
  return [...urls];
}

/**
 * Start recording. Returns { requests, targets, stop() }: `requests` fills with
 * { at, targetType, targetUrl (its URL when the request left), documentUrl, url, resourceType, initiatorUrls } as they are sent; `targets` lists each attached target.
 */
export async function recordNetwork(browser) {
  const requests = [];
  const targets = [];
  const root = await browser.target().createCDPSession();
  const connection = root.connection();
  const sessions = [];
  // A target's URL changes as it navigates (a popup is attached before its page commits): keep the latest.
  const urlOf = new Map();
  const noteTarget = ({ targetInfo }) => urlOf.set(targetInfo.targetId, targetInfo.url);
  root.on('Target.targetCreated', noteTarget);
  root.on('Target.targetInfoChanged', noteTarget);
  await root.send('Target.setDiscoverTargets', { discover: true });

  const watch = (session) => {
    session.on('Target.attachedToTarget', (event) => void attach(event));
  };
  async function attach({ sessionId, targetInfo, waitingForDebugger }) {
    const session = connection.session(sessionId);
    if (!session) return;
    sessions.push(session);
    targets.push({ type: targetInfo.type, url: targetInfo.url });
    session.on('Network.requestWillBeSent', (e) => {
      requests.push({
        at: Date.now(),
        targetType: targetInfo.type,
        targetUrl: urlOf.get(targetInfo.targetId) || targetInfo.url,
        documentUrl: e.documentURL ?? '',
        url: e.request.url,
        resourceType: e.type ?? null,
        initiatorUrls: initiatorUrls(e.initiator),
      });
    });
    watch(session);
    try {
      await session.send('Network.enable');
      // Frames and workers inside this target get their own sessions too.
      await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }).catch(() => {});
    } catch {
      // the target went away while attaching
    }
    if (waitingForDebugger) await session.send('Runtime.runIfWaitingForDebugger').catch(() => {});
  }

  watch(root);
  await root.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return {
    requests,
    targets,
    async stop() {
      await root.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true }).catch(() => {});
      for (const s of sessions) await s.detach().catch(() => {});
      await root.detach().catch(() => {});
    },
  };
}
