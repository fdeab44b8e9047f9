// Function-word lists for languages the engine detects and summarises but does not mine for facts.
import type { LangData } from './types';

export const minor: LangData[] = [
  { code: 'nl', stop: 'de het een en van in is op te dat die voor met zijn niet aan er om ook als bij maar dan nog wel naar uit dit door over ze hij zij werd wordt worden heeft hebben was waren kan al tot of geen' },
  { code: 'cs', stop: 'a se na je že v to s z do ve by o jsou jako za ale k i pro jak po tak od už jsem který která které bylo byl být jen také když ještě může než však nebo při podle jeho jejich' },
  { code: 'pl', stop: 'i w na z że się nie do to jest o jak a po od za przez dla tak ale jego już tylko czy co jej być był była było są też może który która które oraz przy lub' },
  { code: 'sv', stop: 'och i att det som en på är av för med till den har de inte om ett var jag han hon men vi kan så från vid eller efter under också sina skulle när där' },
  { code: 'da', stop: 'og i at det er en til på som de med af for ikke der var den har han hun jeg et men om vi kan så fra eller efter også blev skal være når' },
  { code: 'ro', stop: 'și în de la a care cu pe din pentru că nu se este un o mai au fost ca sau dar ce acest această fi sunt lui ei' },
];
