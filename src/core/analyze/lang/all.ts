// Every language's lists at once, and the tables they share, for Node, the CLI and tests; the extension loads them
// one language at a time.
import type { CommonData, LangData } from './types';
import common from './data/common.json';
import en from './data/en.json';
import fr from './data/fr.json';
import de from './data/de.json';
import es from './data/es.json';
import it from './data/it.json';
import pt from './data/pt.json';
import ar from './data/ar.json';

export const ALL_LANG_DATA: readonly LangData[] = [en, fr, de, es, it, pt, ar];

export const COMMON_LANG_DATA: CommonData = common;
