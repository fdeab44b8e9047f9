// The extension's one keyboard command (manifest "commands"), and the shortcut the browser currently gives it.
import browser from 'webextension-polyfill';

export const TOGGLE_COMMAND = 'toggle-reading-mode';

/** The toggle command's shortcut as the browser shows it ("Alt+Shift+R"), '' when it has none. */
export async function toggleShortcut(): Promise<string> {
  return (await browser.commands.getAll()).find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '';
}
