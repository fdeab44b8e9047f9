// Common given names (accent-free, lowercase) across the six full languages and frequent news names: a person cue.
// A first name before a capitalised word is evidence of a person where capitalisation proves nothing (German nouns,
// product names). Absence is never evidence against a person (most names are not here).

const MALE =
  'james john robert michael william david richard joseph thomas charles daniel mark paul george peter jack ben tom bill ' +
  'jean pierre michel philippe nicolas francois laurent jacques emmanuel ' +
  'hans klaus wolfgang karl stefan andreas olaf ' +
  'jose antonio manuel juan carlos luis jorge joao paulo luiz giuseppe giovanni mario marco ' +
  'mohammed muhammad mohamed ahmed ali hassan omar vladimir sergei';

const FEMALE =
  'mary elizabeth sarah susan jennifer laura anna emma rachel catherine jane kate ' +
  'marie nathalie isabelle sophie anne ursula angela sabine ' +
  'carmen maria ana lucia rosa elena giulia francesca';

/** Names that are given to both (or whose gender the list does not claim). */
const OTHER = 'claude kim';

let genders: Map<string, 'm' | 'f' | '?'> | null = null;

function table(): Map<string, 'm' | 'f' | '?'> {
  if (!genders) {
    genders = new Map();
    for (const n of MALE.split(' ')) genders.set(n, 'm');
    for (const n of FEMALE.split(' ')) genders.set(n, 'f');
    for (const n of OTHER.split(' ')) genders.set(n, '?');
  }
  return genders;
}

/** True when the accent-free lowercase word is a common given name. */
export function isFirstName(key: string): boolean {
  return table().has(key);
}

/** 'm' or 'f' for a given name the list knows the usual gender of; undefined otherwise. */
export function nameGender(key: string): 'm' | 'f' | undefined {
  const g = table().get(key);
  return g === 'm' || g === 'f' ? g : undefined;
}
