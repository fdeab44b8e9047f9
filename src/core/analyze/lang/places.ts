// Gazetteer of countries, continents, world regions, major cities and US states in the six full languages
// (accent-free, lowercase name keys): `places` in lang/data/common.json, filled in by registerCommon.
// Why: countries are the most frequent places in news and often appear without a preposition cue ("Sudan has said").

export const KNOWN_PLACES = new Set<string>();

/** True when the accent-free lowercase key names a country or region. */
export const isKnownPlace = (key: string): boolean => KNOWN_PLACES.has(key);
