// Runs just before content.js when the page matched an "always open this site" registration,
// so the content script knows to open the reader by itself (a popup injection does not set it).
globalThis[Symbol.for('readlens.autoOpen')] = true;
