// The language engine with every language's lists registered: the entry for Node, the CLI and tests.
// The extension imports ./engine and loads one language's lists (and the shared ones) when an article needs them.
import { ALL_LANG_DATA, COMMON_LANG_DATA } from './lang/all';
import { registerCommon, registerLang } from './lang/registry';

registerCommon(COMMON_LANG_DATA);
registerLang(...ALL_LANG_DATA);

export * from './engine';
