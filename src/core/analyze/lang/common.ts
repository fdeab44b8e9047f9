// Language-independent word lists: name particles, organisation and place keywords, units, currencies.

/** Accent-free lowercase form, the form name keys use. */
export const fold = (s: string): string => (/^[ -~]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

const set = (s: string): Set<string> => new Set(s.split(' '));
/** Membership test of a "|"-separated list of name keys, whose set is built on first use only. */
export function gazetteer(list: string): (key: string) => boolean {
  let keys: Set<string> | undefined;
  return (key) => (keys ??= new Set(list.split('|'))).has(key);
}

/** Sets compared against accent-free name keys. */
const keySet = (s: string): Set<string> => new Set(s.split(' ').map(fold));

/** Lowercase particles that may sit inside a personal or organisation name ("Le Drian", "Bank of England"). */
export const NAME_PARTICLES = set('de du des d la le van von der den da das do dos del di al el bin ibn ben of zu ter');

/** Conjunctions and prepositions kept inside a name only when it is an organisation's ("Center on Poverty and Inequality"). */
export const NAME_CONJ = set('and y et und e on for &');

/** Words that make a proper name an organisation, in the six full languages. */
export const ORG_WORDS = keySet(
  'commission council representatives commons lords conseil consejo conselho consiglio rat assembly assemblée asamblea assembleia party parti partido partito partei union unión união unione bank banque banco banca ministry ministère ministerio ministério ministero ministerium university université universidad institution universidade università universität institute institut instituto istituto agency agence agencia agência agenzia organisation organization organización organização organizzazione corporation corp co inc ltd llc plc gmbh ag sa group groupe grupo gruppo company compagnie compañía companhia foundation fondation fundación fundação fondazione stiftung court cour tribunal corte gericht senate sénat senado senato congress congrès congreso congresso police polizei policía polícia polizia army armée ejército exército esercito front coalition association federation fédération federación federação committee comité comitê comitato office bureau department département departamento services service news times post journal airlines club fc state état etat estado stato staat nations assemblea network networks press coordinadora resistencia movement mouvement movimiento movimento navy marine guard garde images magazine media radio herald tribune gazette daily center centre centro zentrum authority autorité autoridad autoridade brotherhood fund fonds fondo trust league ligue liga forces airlines motors holdings partners systems technologies labs studios records entertainment pictures communications telecom energy society société sociedad sociedade società gesellschaft verband forum laboratory laboratories school college academy académie academia division administration channel patrol',
);

/** Acronyms that are not organisations: time zones, units, technical terms. */
export const NON_ORG_ACRONYMS = keySet('am pm et gmt utc pst pdt est edt cet cest bst id tv ip cpu gpu usb gps pdf faq ceo cfo cto coo vip dna rna hiv ok ufo diy ps rip vs ai ui ux api sms qr os pc ios 3d 4k 5g 4g hd iq mp ad bc ce jpg png html http https www app apps nbt nft lgbt lgbtq lgbtqi vr ar xr vod dvd cd aids covid sars gif svg css js php sql url ssd led lcd oled nfc wifi md phd mba msc bsc ma ba');

/** Words that make a proper name an event, competition or prize, never a person ("Copa América", "Arab Spring"). */
export const EVENT_WORDS = keySet('hurricane typhoon cyclone storm cup copa coupe pokal coppa championship championnat campeonato campionato meisterschaft games olympics olympic open festival summit sommet cumbre gipfel vertice war guerre guerra krieg spring printemps primavera election élection elección eleição prize prix premio prêmio preis award trophy trophée trofeo expo fair salon conference conférence conferencia show exposition exhibition exposición mostra bowl marathon tournament tournoi torneo mundial biennale biennial carnival carnaval revolution révolution revolución revolução rivoluzione day week semaine semana woche settimana');

/** Words that make a proper name a place. */
export const PLACE_WORDS = keySet('new san santa são saint st mount mont lake lac river rivière río rio island islands île province region région county street avenue rue valley bay gulf golfe sea mer ocean océan north south east west nord sud ouest united republic république república kingdom royaume city ville states emirates émirats unis unidos uniti vereinigte vereinigten cape cap cabo museum musée museo station gare estación airport aéroport aeropuerto palace palais palacio tower square plaza bridge pont puente park parc parque stadium stade estadio wall house cathedral cathédrale catedral boulevard village strip harbour harbor beach plage playa praia spiaggia coast côte costa road lane heights hills falls desert désert desierto forest forêt bosque peninsula péninsule península');

/** Common nouns that make "X of/de Name" a place ("la ville de Mossoul"). */
export const PLACE_HEADS = keySet('city ville ciudad cidade città stadt town village région region province capitale capital');

/** Acronyms that are places, not organisations. */
export const PLACE_ACRONYMS = keySet('us usa uk uae eeuu rdc rda rfa urss ussr');

/** Words that end a role phrase: relative pronouns and auxiliaries in the full languages. */
export const ROLE_END = set('who which that whose is was has had will qui que dont est était a avait sera der die das welche welcher ist war hat hatte wird quien que cual es era ha fue che cui è era ha fu quem é era tem foi and et und y e');

/** Words that can continue a role phrase between two content words ("ministre de la défense"). */
export const ROLE_LINK = set("de du des d la l le les of the for für à au aux der des dem den del do da dos das di della dello degli delle une un einer eines una uma en in im to باسم لشؤون");

/** Links inside what a number counts ("13 ministres de la Défense"). */
export const COUNT_LINK = set("de du des d la l le les of the der dem den del do da dos das di della degli delle");

/** Articles allowed between a place preposition and the place ("vers la Syrie"). */
export const ARTICLES = set("la le l les the der die das dem den el los las o os a il lo gli");

/** Units of measure (lowercase) → normalised unit. */
export const UNITS: Record<string, string> = {
  km: 'km', kilomètre: 'km', kilomètres: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', kilómetro: 'km', kilómetros: 'km', quilômetro: 'km', quilômetros: 'km', quilómetros: 'km', chilometri: 'km', chilometro: 'km', kilometern: 'km',
  m: 'm', mètre: 'm', mètres: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm', metro: 'm', metros: 'm', metri: 'm', metern: 'm',
  cm: 'cm', mm: 'mm', mile: 'mi', miles: 'mi', mi: 'mi', ft: 'ft', feet: 'ft', foot: 'ft', inch: 'in', inches: 'in',
  kg: 'kg', kilo: 'kg', kilos: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramm: 'kg', g: 'g', gramme: 'g', grammes: 'g', grams: 'g',
  t: 't', tonne: 't', tonnes: 't', ton: 't', tons: 't', tonnen: 't', toneladas: 't', tonnellate: 't',
  l: 'l', litre: 'l', litres: 'l', liter: 'l', liters: 'l', litro: 'l', litros: 'l',
  ha: 'ha', hectare: 'ha', hectares: 'ha', hektar: 'ha', km2: 'km²', 'km²': 'km²', m2: 'm²', 'm²': 'm²',
  gb: 'GB', mb: 'MB', tb: 'TB', ghz: 'GHz', mhz: 'MHz', kwh: 'kWh', mw: 'MW', gw: 'GW', kw: 'kW', w: 'W', v: 'V',
  '°c': '°C', '°f': '°F', degrés: '°', degrees: '°', grad: '°', grados: '°', graus: '°', gradi: '°',
  كيلومتر: 'km', كيلومترا: 'km', كيلومترات: 'km', كلم: 'km', كم: 'km', متر: 'm', مترا: 'm', أمتار: 'm', سنتيمتر: 'cm', ميل: 'mi', أميال: 'mi',
  كيلوغرام: 'kg', كيلوغراما: 'kg', كيلوجرام: 'kg', كغ: 'kg', كجم: 'kg', غرام: 'g', جرام: 'g', طن: 't', طنا: 't', أطنان: 't', لتر: 'l', لترا: 'l', لترات: 'l', هكتار: 'ha', هكتارا: 'ha',
  ميغاواط: 'MW', ميجاوات: 'MW', كيلوواط: 'kW', ساعة: 'h', ساعات: 'h', دقيقة: 'min', دقائق: 'min',
  h: 'h', heure: 'h', heures: 'h', hour: 'h', hours: 'h', stunden: 'h', horas: 'h', ore: 'h', min: 'min', minutes: 'min', minute: 'min', minuten: 'min', minutos: 'min', minuti: 'min',
};

/** Currency symbols and words → ISO code. */
export const CURRENCIES: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'r$': 'BRL', chf: 'CHF', usd: 'USD', eur: 'EUR', gbp: 'GBP', brl: 'BRL',
  dollar: 'USD', dollars: 'USD', dólar: 'USD', dólares: 'USD', dollari: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', livre: 'GBP', livres: 'GBP', libras: 'GBP', franc: 'CHF', francs: 'CHF', franken: 'CHF', real: 'BRL', reais: 'BRL', yen: 'JPY', pesos: 'ARS', peso: 'ARS', yuan: 'CNY', rupees: 'INR', roubles: 'RUB', rubles: 'RUB', liber: 'GBP', liber_: 'GBP',
};

/** Capitalised function words that start place names only ("New York", "Los Angeles", "San Diego"): a chunk may open with one before a capitalised word. */
export const PLACE_STARTERS = set('new los las san santa são saint sainte st');

/** Last words that make a capitalised run a product, never a person ("Vision Pro", "Twitter Lite", "Google Assistant"). */
export const PRODUCT_TAILS = keySet('pro max mini plus lite ultra air edition app apps assistant pay store phone pad watch tv vr os online premium beta');

/** Words that make a name a law, bill or treaty, never an organisation or a person ("Investment Company Act", "First Amendment"). */
export const LAW_WORDS = keySet('act amendment bill code treaty law loi ley lei gesetz legge constitution constitución constituição costituzione verfassung directive directiva décret decreto');

/** Lowercase institution heads followed by a capitalised complement ("ministère des Affaires étrangères", "ministerio de Economía"). */
export const INSTITUTION_HEADS = keySet('ministère ministerio ministério ministero ministerium ministry department département departamento dipartimento secretaría secretaria secrétariat');

/** Links between an institution head and its complement. */
export const INSTITUTION_LINKS = set("de des du d of for della dell del dei degli delle do da dos das für der des la l");

/** Organisation nouns that alone are common nouns ("the Government", "l'État", "la Autoridad"), unlike "Senate" or "Congress". */
export const GENERIC_ORG_NOUNS = keySet('government gouvernement gobierno governo regierung state état estado stato staat authority autorité autoridad autoridade administration news communications services service office bureau group groupe grupo gruppo company compagnie compañía companhia department département departamento police polizei policía polícia polizia');

