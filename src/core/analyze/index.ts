// The language engine with every language's lists registered: the entry for Node, the CLI and tests.
// The extension imports ./engine and loads one language's lists when an article needs them.
import { ALL_LANG_DATA } from './lang/all';
import { registerLang } from './lang/registry';

registerLang(...ALL_LANG_DATA);

export * from './engine';
