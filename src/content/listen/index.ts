// The speech script (listen.js): injected into the content script's isolated world once a reader is open and the
// page idle (or on the first press of Listen), so read aloud costs the content script nothing. It leaves one entry point where content.js finds it.
import { LISTEN_KEY, type ListenContext, type ListenEntry } from './context';
import { extensionApi } from './extension-api';
import { recordingSpeech } from './recording-speech';
import { speechSettings, startListening, type ListenSession, type SpeechDeps } from './session';

const sessions = new WeakMap<ListenContext, ListenSession>();

function speechFor(context: ListenContext): SpeechDeps {
  // The e2e build only (compiled away elsewhere): headless browsers have no voice, so speech is recorded instead.
  if (__READLENS_E2E__) return { ...recordingSpeech((context.dialog.getRootNode() as ShadowRoot).host), api: extensionApi() };
  return {
    synth: speechSynthesis as unknown as SpeechDeps['synth'],
    utterance: (text) => new SpeechSynthesisUtterance(text) as unknown as ReturnType<SpeechDeps['utterance']>,
    api: extensionApi(),
  };
}

const listen: ListenEntry = (context, command) => {
  const current = sessions.get(context);
  const on = command.on ?? !current?.active;
  if (!on) {
    current?.end();
    return false;
  }
  if (current?.active) {
    if (command.at) current.startAt(command.at);
    return true;
  }
  if (context.signal.aborted) return false;
  sessions.set(context, startListening(context, speechFor(context), command.at));
  return true;
};

const scope = globalThis as typeof globalThis & { [LISTEN_KEY]?: ListenEntry };
if (!scope[LISTEN_KEY]) {
  scope[LISTEN_KEY] = listen;
  const api = extensionApi();
  if (api) void speechSettings(api);
}
