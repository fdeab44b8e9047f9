// Sentences glued together by text that lost its paragraph breaks ("…l'enquête.L'homme…") are split; initials,
// acronyms, abbreviations and domain names are not.
import { describe, expect, it } from 'vitest';
import { getLang, registerLang } from '../../../src/core/analyze/lang/registry';
import { ALL_LANG_DATA } from '../../../src/core/analyze/lang/all';
import { findQuoteSpans } from '../../../src/core/analyze/quotespans';
import { splitSentences } from '../../../src/core/analyze/segment';

registerLang(...ALL_LANG_DATA);

const texts = (text: string, code: string): string[] => splitSentences(text, 0, getLang(code), findQuoteSpans(text), 0).map((s) => s.text);

describe('glued sentence ends', () => {
  it('splits a stop glued to the next capitalised word, after a closing quotation too', () => {
    expect(texts("La victime attendait devant le commissariat, a indiqué une source proche de l'enquête.L'homme a été évacué vers l'hôpital.", 'fr')).toEqual([
      "La victime attendait devant le commissariat, a indiqué une source proche de l'enquête.",
      "L'homme a été évacué vers l'hôpital.",
    ]);
    expect(texts('Le ministre a parlé d\'un "moment historique".Il partira en 2021.Les élections auront lieu en mai.', 'fr')).toEqual([
      'Le ministre a parlé d\'un "moment historique".',
      'Il partira en 2021.',
      'Les élections auront lieu en mai.',
    ]);
  });
  it('keeps initials, acronyms, abbreviations and domain names whole', () => {
    expect(texts('J.K. Rowling wrote to the U.S. Senate about example.com on Monday.', 'en')).toHaveLength(1);
    expect(texts('Le site lemonde.fr et M. Dupont ont répondu lundi à la question.', 'fr')).toHaveLength(1);
  });
});
