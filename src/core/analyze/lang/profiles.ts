// Detection profiles: each language's most frequent function words, always bundled because identifying the
// language comes before loading its lists. Languages without a data file (the last six) are detected and
// summarised only; their profile doubles as their stopword list.

/** Languages whose full word lists ship as lang/data/<code>.json (facts and quotations are mined). */
export const DATA_LANGS: readonly string[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ar'];

/** Function words per language, most frequent first (detection uses the first 40). */
export const PROFILES: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it was on with as he at by this have from they be are said his not but we you will has would which',
  fr: 'le la les de des et est une un du que qui dans pour pas sur au avec il elle sont ce plus par ont été aux d l qu à a nous en',
  de: 'der die und das ist nicht ein eine den dem mit sich auf für von zu im auch es sie wird wurde nach bei',
  es: 'el la los las de del que y en un una por con para es se su al lo como más pero fue ha',
  it: 'il la le di che e è un una per con non del della sono gli nel alla si anche ha come più ma',
  pt: 'o a os as de do da dos das que e em um uma para com não no na por se mais foi ao ele',
  nl: 'de het een en van in is op te dat die voor met zijn niet aan er om ook als bij maar dan nog wel naar uit dit door over ze hij zij werd wordt worden heeft hebben was waren kan al tot of geen',
  cs: 'a se na je že v to s z do ve by o jsou jako za ale k i pro jak po tak od už jsem který která které bylo byl být jen také když ještě může než však nebo při podle jeho jejich',
  pl: 'i w na z że się nie do to jest o jak a po od za przez dla tak ale jego już tylko czy co jej być był była było są też może który która które oraz przy lub',
  sv: 'och i att det som en på är av för med till den har de inte om ett var jag han hon men vi kan så från vid eller efter under också sina skulle när där',
  da: 'og i at det er en til på som de med af for ikke der var den har han hun jeg et men om vi kan så fra eller efter også blev skal være når',
  ro: 'și în de la a care cu pe din pentru că nu se este un o mai au fost ca sau dar ce acest această fi sunt lui ei',
};
