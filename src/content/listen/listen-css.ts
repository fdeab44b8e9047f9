// Read aloud's styles, added to the reader's shadow root when listening starts (reader.css does not carry them).
export const listenCss = `
::highlight(rl-speaking) { background-color: rgb(255 196 0 / 0.32); color: inherit; }
::highlight(rl-word) { background-color: rgb(255 150 0 / 0.55); color: inherit; }
.reader.no-highlight-api [data-speaking] { background-color: rgb(255 196 0 / 0.25); }
.toolbar { flex-wrap: wrap; }
.listen { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.listen select { font: 14px var(--rl-ui); color: var(--rl-fg); background: var(--rl-surface); border: 1px solid var(--rl-rule); border-radius: 6px; padding: 5px 4px; max-width: 14em; }
.listen .quote-voice { display: inline-flex; align-items: center; gap: 4px; color: var(--rl-fg); }
.listen .status { color: var(--rl-muted); }
.listen .status:empty { display: none; }
.listen .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.toolbar button[aria-pressed='true'] { background: var(--rl-accent); color: var(--rl-bg); border-color: var(--rl-accent); }
.listening article { cursor: pointer; }
.listening article a { cursor: revert; }
`;
