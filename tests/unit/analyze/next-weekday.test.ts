// A bare weekday in news is the last such day on or before publication; "next Monday" / "lundi prochain" /
// "am nächsten Montag" / "el próximo lunes" / "يوم الاثنين المقبل" is the first one after it.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';

const PUBLISHED = '2024-05-15T10:00:00Z'; // a Wednesday

describe('weekdays pointed forward', () => {
  it.each([
    ['en', 'The council will vote next Monday on the plan. The mayor spoke on Monday about the budget for the library.', 'next Monday'],
    ['fr', 'Le conseil votera lundi prochain sur le projet. Le maire a parlé lundi du budget de la bibliothèque municipale.', 'lundi prochain'],
    ['de', 'Der Rat stimmt am nächsten Montag über den Plan ab. Der Bürgermeister sprach am Montag über das Budget der Bibliothek.', 'nächsten Montag'],
    ['es', 'El consejo votará el próximo lunes el plan. El alcalde habló el lunes sobre el presupuesto de la biblioteca.', 'próximo lunes'],
    ['it', 'Il consiglio voterà il prossimo lunedì il piano. Il sindaco ha parlato lunedì del bilancio della biblioteca comunale.', 'prossimo lunedì'],
    ['ar', 'قال وزير المالية إن الحكومة ستعلن الخطة يوم الاثنين المقبل، بعد اجتماع عقد يوم الاثنين في القاهرة.', 'الاثنين المقبل'],
  ])('%s', (lang, text, forward) => {
    const dates = analyzeArticle({ paragraphs: [text], lang, published: PUBLISHED }).facts.dates.map((d) => [d.text, d.iso]);
    expect(dates).toContainEqual([forward, '2024-05-20']);
    expect(dates.some(([, date]) => date === '2024-05-13')).toBe(true);
  });

  it('on the weekday of publication itself, "next" means a week later', () => {
    const dates = analyzeArticle({ paragraphs: ['The vote moved to next Wednesday, the clerk said in a short statement to reporters.'], lang: 'en', published: PUBLISHED }).facts.dates;
    expect(dates.map((d) => d.iso)).toEqual(['2024-05-22']);
  });
});
