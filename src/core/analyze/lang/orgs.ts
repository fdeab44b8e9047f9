// Gazetteer of organisations that news in any language names without a cue: news agencies and broadcasters,
// international bodies, armed groups and the largest technology and transport companies (accent-free name keys):
// `orgs` in lang/data/common.json, filled in by registerCommon.
// Why: "told Reuters", "Facebook said", "mis à disposition par Airbus" carry no word that marks an organisation.

export const KNOWN_ORGS = new Set<string>();

/** True when the name key (nameKey form) is a well-known organisation. */
export const isKnownOrg = (key: string): boolean => KNOWN_ORGS.has(key);
