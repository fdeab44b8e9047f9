// The voices that can read an article: the browser's, filtered to the article's language, and the pick among them.

/** The part of SpeechSynthesisVoice read aloud looks at. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

/** "fr-FR", "fr_CA", "FR" → "fr"; '' for nothing usable. */
export function primaryLanguage(tag: string): string {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return m ? (m[1] as string).toLowerCase() : '';
}

/** Voices speaking the language, the article's own region first, then on-device ones, then by name. */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const primary = primaryLanguage(lang);
  const exact = lang.toLowerCase().replace('_', '-');
  const rank = (v: V): number => (v.lang.toLowerCase().replace('_', '-') === exact ? 0 : 2) + (v.localService ? 0 : 1);
  return voices
    .filter((v) => primary !== '' && primaryLanguage(v.lang) === primary)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The remembered voice when it is still there, else the browser's default for the language, else the first. */
export function pickVoice<V extends VoiceLike>(candidates: readonly V[], remembered: string | undefined): V | null {
  return candidates.find((v) => v.voiceURI === remembered) ?? candidates.find((v) => v.default) ?? candidates[0] ?? null;
}

/** A second voice for quotations: another voice of the language, or null when it has only one (then pitch differs). */
export function quoteVoiceFor<V extends VoiceLike>(candidates: readonly V[], main: V | null): V | null {
  return candidates.find((v) => v !== main) ?? null;
}
