// Arabic-script numerals and marks read as their ASCII counterparts, so the digit patterns of dates and figures
// serve every script. One character maps to one character: offsets found in the copy hold in the original.

const MAP: Record<string, string> = {
  '\u066b': '.', // Arabic decimal separator ٫
  '\u066c': ',', // Arabic thousands separator ٬
  '\u066a': '%', // Arabic percent sign ٪
  '\u060c': ',', // Arabic comma ،
  '\u061b': ';', // Arabic semicolon ؛
  '\u0640': ' ', // tatweel, the stretch in "بـ500"
};

const SPECIAL = /[\u0660-\u066c\u06f0-\u06f9\u060c\u061b\u0640]/;

let lastIn = '';
let lastOut = '';

/** The text with Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9 and Arabic marks as ASCII; same length. */
export function latinDigits(text: string): string {
  // Figures are sought sentence by sentence in the same paragraph: look at it once.
  if (text === lastIn) return lastOut;
  lastIn = text;
  if (!SPECIAL.test(text)) return (lastOut = text);
  return (lastOut = text.replace(/[\u0660-\u066c\u06f0-\u06f9\u060c\u061b\u0640]/g, (c) => {
    const n = c.charCodeAt(0);
    if (n >= 0x660 && n <= 0x669) return String(n - 0x660);
    if (n >= 0x6f0 && n <= 0x6f9) return String(n - 0x6f0);
    return MAP[c] ?? c;
  }));
}
