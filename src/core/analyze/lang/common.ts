// Language-independent word lists. The name tables (particles, organisation and place keywords) are data shared by
// every full language, lang/data/common.json, filled in by registerCommon (registry.ts) with the first full language:
// until then they are empty, and no language is full. Units and currencies stay here: figures need them in any language.

/** Accent-free lowercase form, the form name keys use. */
export const fold = (s: string): string => (/^[ -~]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** Lowercase particles that may sit inside a personal or organisation name ("Le Drian", "Bank of England"). */
export const NAME_PARTICLES = new Set<string>();

/** Conjunctions and prepositions kept inside a name only when it is an organisation's ("Center on Poverty and Inequality"). */
export const NAME_CONJ = new Set<string>();

/** Words that make a proper name an organisation, in the six full languages. */
export const ORG_WORDS = new Set<string>();

/** Short names that are not organisations: acronyms of time zones, units and technical terms; products, platforms,
 * diseases, faiths and feasts named alone ("Android", "Covid-19", "Muslims", "Christmas"). */
export const NON_ORG_ACRONYMS = new Set<string>();

/** Words that make a proper name an event, competition or prize, never a person ("Copa América", "Arab Spring"). */
export const EVENT_WORDS = new Set<string>();

/** Words that make a proper name a place. */
export const PLACE_WORDS = new Set<string>();

/** Common nouns that make "X of/de Name" a place ("la ville de Mossoul"). */
export const PLACE_HEADS = new Set<string>();

/** Acronyms that are places, not organisations. */
export const PLACE_ACRONYMS = new Set<string>();

/** Words that end a role phrase: relative pronouns and auxiliaries in the full languages. */
export const ROLE_END = new Set<string>();

/** Words that can continue a role phrase between two content words ("ministre de la défense"). */
export const ROLE_LINK = new Set<string>();

/** Links inside what a number counts ("13 ministres de la Défense"). */
export const COUNT_LINK = new Set("de du des d la l le les of the der dem den del do da dos das di della degli delle".split(' '));

/** The Romance languages: adjectives and "de" complements follow the head noun ("Conseil constitutionnel"). */
export const ROMANCE_LANGS = /^(?:fr|es|it|pt)$/;

/** Articles allowed between a place preposition and the place ("vers la Syrie"). */
export const ARTICLES = new Set<string>();

/** Articles before a name ("the BBC", "la CNIL", "l'ONU"), and plural determiners before a group noun ("les Français"). */
export const NAME_ARTICLES = new Set<string>();
export const PLURAL_DETS = new Set<string>();

/** Articles and determiners of the six full languages: a quoted span right after one is likely a term (quote-kind.ts). */
export const DETERMINERS = new Set<string>();

/**
 * Words before a name that make it the one spoken to or the outlet rather than the speaker ("told Reuters", "a déclaré
 * à l’AFP", "devant Jean-Jacques Bourdin", "sur LCI"): the hand rules (quotes.ts) and the speaker model's features.
 */
export const ADDRESSEE = new Set<string>();

/** Nouns for a source the text does not name ("a man", "une habitante", "ein Zeuge"), beside the language's role nouns. */
export const PERSON_NOUNS = new Set<string>();

/**
 * Words that introduce a name, a term or a title rather than someone's words, shortly before the marks ("known as",
 * "so-called", "is called", "the term", « baptisé », „sogenannte“): common.json's "naming" pattern, case-insensitive.
 */
export const NAMING = { re: /(?!)/ };

/**
 * Words that make the quoted words imagined, hypothetical or an example rather than anyone's ("as if to say", "For
 * example:", "Don't say", « comme pour dire »): common.json's "imagined" pattern, case-insensitive, right before the marks.
 */
export const IMAGINED = { re: /(?!)/ };
/**
 * Patterns of the full languages' name, credit and date rules, common.json's "patterns" (one a line: name, flags,
 * source): `year` a year after a preposition ("in 2019", « depuis 2015 ») (dates.ts); `credit` a photo credit line
 * ("JIM WATSON/AFP", "By JOHN SMITH"), `dateline` a dateline opening a paragraph ("CAIRO —"), `creditGlue` a credit
 * word glued to a name ("PhotoJohn Smith"), `companyEnd` a company suffix ("Inc."), `namePrefix` a lowercase name
 * prefix ("al-Tulaibawi", "d'Estaing") (names.ts); `initialsSkip` a link word an acronym leaves out (facts.ts);
 * `characterise` a verb that gives someone's own words for a thing, right before the marks ("called it", "described
 * X as a", « qualifié de », „nannte ihn einen“), or a predicate inside reported speech ("said it was", German
 * Konjunktiv "sei") (quote-kind.ts).
 * None matches until the shared tables are registered.
 */
export const PATTERNS: Record<'year' | 'credit' | 'dateline' | 'creditGlue' | 'companyEnd' | 'namePrefix' | 'initialsSkip' | 'characterise', RegExp> = {
  year: /(?!)/g, credit: /(?!)/, dateline: /(?!)/, creditGlue: /(?!)/, companyEnd: /(?!)/, namePrefix: /(?!)/, initialsSkip: /(?!)/, characterise: /(?!)/,
};
/** Endings of Romance adjectives that complete an institution's name ("nationale", "constitucional", "federale"): common.json's "romanceAdj". */
export const ROMANCE_ADJ = { re: /(?!)/ };
/** Nationality-style endings of a lower-cased word: with adjective use, a demonym, not a name ("tunisian", "israeli"). */
export const DEMONYM = { re: /(?!)/ };
/**
 * A quoted span that is code or data, never anyone's words: a URL or host name (stray escapes and spaces left by a
 * text dump included), a path, a file name, an identifier, a version, a number, an affix ("-na"): common.json's "code".
 */
export const CODE = { re: /(?!)/ };

/** "unit word word …|unit word …" → word → unit (one group per unit, the unit first). */
const byUnit = (groups: string): Record<string, string> =>
  Object.fromEntries(groups.split('|').flatMap((g) => {
    const [unit, ...ws] = g.split(' ');
    return ws.map((w) => [w, unit as string]);
  }));

/** Units of measure (lowercase) → normalised unit. */
export const UNITS = byUnit(
  'km km kilomètre kilomètres kilometre kilometres kilometer kilometers kilómetro kilómetros quilômetro quilômetros quilómetros chilometri chilometro kilometern كيلومتر كيلومترا كيلومترات كلم كم|m m mètre mètres metre metres meter meters metro metros metri metern متر مترا أمتار|cm cm سنتيمتر|mm mm|mi mile miles mi ميل أميال|ft ft feet foot|in inch inches|kg kg kilo kilos kilogramme kilogrammes kilogram kilograms kilogramm كيلوغرام كيلوغراما كيلوجرام كغ كجم|g g gramme grammes grams غرام جرام|t t tonne tonnes ton tons tonnen toneladas tonnellate طن طنا أطنان|l l litre litres liter liters litro litros لتر لترا لترات|ha ha hectare hectares hektar هكتار هكتارا|km² km2 km²|m² m2 m²|GB gb|MB mb|TB tb|GHz ghz|MHz mhz|kWh kwh|MW mw ميغاواط ميجاوات|GW gw|kW kw كيلوواط|W w|V v|°C °c|°F °f|° degrés degrees grad grados graus gradi|h ساعة ساعات h heure heures hour hours stunden horas ore|min دقيقة دقائق min minutes minute minuten minutos minuti',
);

/** Currency symbols and words → ISO code. */
export const CURRENCIES = byUnit(
  'USD $ us$ usd dollar dollars dólar dólares dollari|EUR € eur euro euros|GBP £ gbp pound pounds livre livres libras liber liber_|JPY ¥ yen|BRL r$ brl real reais|CHF chf franc francs franken|ARS pesos peso|CNY yuan|INR rupees|RUB roubles rubles',
);

/** Capitalised function words that start place names only ("New York", "Los Angeles", "San Diego"): a chunk may open with one before a capitalised word. */
export const PLACE_STARTERS = new Set<string>();

/** Last words that make a capitalised run a product, never a person ("Vision Pro", "Twitter Lite", "Google Assistant"). */
export const PRODUCT_TAILS = new Set<string>();

/** Words that make a name a law, bill or treaty, never an organisation or a person ("Investment Company Act", "First Amendment"). */
export const LAW_WORDS = new Set<string>();

/** Lowercase institution heads followed by a capitalised complement ("ministère des Affaires étrangères", "ministerio de Economía"). */
export const INSTITUTION_HEADS = new Set<string>();

/** Links between an institution head and its complement. */
export const INSTITUTION_LINKS = new Set<string>();

/** Organisation nouns that alone are common nouns ("the Government", "l'État", "la Autoridad"), unlike "Senate" or "Congress". */
export const GENERIC_ORG_NOUNS = new Set<string>();

