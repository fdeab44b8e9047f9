// The speech script (listen.js): injected into the content script's isolated world the first time Listen is
// pressed, so read aloud costs the content script nothing. It leaves one entry point where content.js finds it.
import { LISTEN_KEY, type ListenContext, type ListenEntry } from './context';
import { extensionApi } from './extension-api';
import { recordingSpeech } from './recording-speech';
import { startListening, type ListenSession, type SpeechDeps } from './session';

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
scope[LISTEN_KEY] ??= listen;
