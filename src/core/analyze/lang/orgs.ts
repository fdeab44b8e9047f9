// Gazetteer of organisations that news in any language names without a cue: news agencies and broadcasters,
// international bodies, armed groups and the largest technology and transport companies (accent-free name keys).
// Why: "told Reuters", "Facebook said", "mis à disposition par Airbus" carry no word that marks an organisation.

import { gazetteer } from './common';

const ORGS =
  // News agencies and large media
  'reuters|afp|ap|dpa|efe|ansa|xinhua|tass|interfax|kyodo|yonhap|anadolu|bloomberg|associated press|agence france presse|europa press|ria novosti|bbc|cnn|nbc|cbs|abc|npr|pbs|msnbc|fox news|al jazeera|new york times|washington post|wall street journal|financial times|le monde|le figaro|el pais|der spiegel|tmz|politico|buzzfeed|' +
  // International bodies, agencies and armed groups
  'nato|otan|onu|unesco|unicef|unhcr|oms|imf|fmi|opec|fifa|uefa|interpol|europol|nasa|fbi|cia|red cross|croix rouge|cruz roja|amnesty international|human rights watch|greenpeace|hamas|hezbollah|taliban|al qaeda|isis|isil|daech|daesh|boko haram|' +
  // Companies
  'google|apple|facebook|twitter|microsoft|netflix|youtube|instagram|whatsapp|tiktok|snapchat|linkedin|uber|airbnb|tesla|spacex|samsung|sony|nintendo|intel|ibm|nvidia|huawei|alibaba|tencent|baidu|yahoo|ebay|paypal|spotify|reddit|openai|boeing|airbus|toyota|volkswagen|renault|gazprom';

/** True when the name key (nameKey form) is a well-known organisation. */
export const isKnownOrg = gazetteer(ORGS);
