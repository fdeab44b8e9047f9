// Common given names (accent-free, lowercase) across the six full languages and frequent news names: a person cue.
// A first name before a capitalised word is evidence of a person where capitalisation proves nothing (German nouns,
// product names). Absence is never evidence against a person (most names are not here).

const MALE =
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew kevin brian george edward jason jeffrey ryan eric jonathan stephen scott benjamin samuel peter jack henry ben tom tim jim bill bob mike steve joe ' +
  'jean pierre michel philippe alain nicolas christophe francois laurent frederic stephane olivier thierry julien jacques yves emmanuel bruno gerard benoit ' +
  'hans klaus wolfgang jurgen dieter uwe horst helmut manfred bernd werner gerhard karl heinz stefan andreas markus matthias olaf friedrich ' +
  'jose antonio manuel francisco juan javier carlos miguel pedro pablo fernando luis jorge alberto joao paulo marcos luiz rodrigo giuseppe giovanni mario luigi francesco paolo giorgio marco roberto matteo ' +
  'mohammed muhammad mohamed mahmoud ahmed ali hassan omar abdullah ibrahim mustafa vladimir sergei dmitry volodymyr xi narendra';

const FEMALE =
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret emily michelle laura anna emma rachel catherine julie hannah alice jane kate ' +
  'marie nathalie isabelle sylvie martine christine valerie sophie anne monique ursula angela renate monika petra sabine susanne claudia ' +
  'carmen maria ana lucia rosa paula elena giulia francesca';

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
