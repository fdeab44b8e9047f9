// Common given names (accent-free, lowercase) across the six full languages and frequent news names: a person cue.
// A first name before a capitalised word is evidence of a person where capitalisation proves nothing (German nouns,
// product names). Absence is never evidence against a person (most names are not here).

const NAMES =
  // English
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew kevin brian george edward jason jeffrey ryan eric jonathan stephen scott benjamin samuel peter jack henry ben tom tim jim bill bob mike steve joe ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret emily michelle laura anna emma rachel catherine julie hannah alice jane kate ' +
  // French
  'jean pierre michel philippe alain nicolas christophe francois laurent frederic stephane olivier thierry julien jacques yves emmanuel bruno gerard claude benoit marie nathalie isabelle sylvie martine christine valerie sophie anne monique ' +
  // German
  'hans klaus wolfgang jurgen dieter uwe horst helmut manfred bernd werner gerhard karl heinz stefan andreas markus matthias olaf friedrich ursula angela renate monika petra sabine susanne claudia ' +
  // Spanish, Portuguese, Italian
  'jose antonio manuel francisco juan javier carlos miguel pedro pablo fernando luis jorge alberto joao paulo marcos luiz rodrigo giuseppe giovanni mario luigi francesco paolo giorgio marco roberto matteo carmen maria ana lucia rosa paula elena giulia francesca ' +
  // Frequent in international news
  'mohammed muhammad mohamed mahmoud ahmed ali hassan omar abdullah ibrahim mustafa vladimir sergei dmitry volodymyr xi kim narendra';

let set: Set<string> | null = null;

/** True when the accent-free lowercase word is a common given name. */
export function isFirstName(key: string): boolean {
  set ??= new Set(NAMES.split(/\s+/));
  return set.has(key);
}
