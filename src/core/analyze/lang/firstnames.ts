// Common given names (accent-free, lowercase) across the six full languages and frequent news names: a person cue.
// A first name before a capitalised word is evidence of a person where capitalisation proves nothing (German nouns,
// product names). Absence is never evidence against a person (most names are not here).
// The names are data (`givenMale`, `givenFemale`, `givenEither` in lang/data/common.json), filled in by registerCommon.

/** Given name → its usual gender, '?' for names given to both (or whose gender the list does not claim). */
export const GIVEN_NAMES = new Map<string, 'm' | 'f' | '?'>();

/** True when the accent-free lowercase word is a common given name. */
export function isFirstName(key: string): boolean {
  return GIVEN_NAMES.has(key);
}

/** 'm' or 'f' for a given name the list knows the usual gender of; undefined otherwise. */
export function nameGender(key: string): 'm' | 'f' | undefined {
  const g = GIVEN_NAMES.get(key);
  return g === 'm' || g === 'f' ? g : undefined;
}
