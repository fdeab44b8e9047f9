// Italian word lists for the language engine.
import type { LangData } from './types';

export const it: LangData = {
  code: 'it',
  detect: 'il la le di che e è un una per con non del della sono gli nel alla si anche ha come più ma',
  stop: 'a ad al alla alle allo anche ai agli c che chi ci come con contro cui da dal dalla dalle dei del della delle dello di e è ed essere fa gli ha hanno i il in io la le lei li lo loro lui ma mi mio ne nel nella nelle noi non o per perché più poi quale quando quella quello questa questo se sei si sia siamo sono su sua sue suo suoi sul sulla tra tu tutti tutto un una uno vi voi già stato stata dopo anni ancora essere molto',
  speech: 'detto dice ha dichiarato dichiarato dichiara affermato afferma spiegato spiega aggiunto aggiunge sottolineato sottolinea annunciato annuncia precisato precisa commentato commenta scritto scrive risposto risponde ricordato ricorda osservato osserva assicurato assicura ammesso ammette avvertito avverte concluso conclude',
  source: 'secondo|per',
  titles: 'sig sigra dott dottssa prof on avv ing',
  roles: 'presidente ministro ministra portavoce segretario segretaria direttore direttrice capo leader governatore sindaco senatore senatrice deputato deputata giudice procuratore avvocato professore allenatore esperto analista fondatore premier ambasciatore commissario',
  months: 'gennaio/gen febbraio/feb marzo/mar aprile/apr maggio/mag giugno/giu luglio/lug agosto/ago settembre/set ottobre/ott novembre/nov dicembre/dic',
  weekdays: 'lunedì lunedi martedì martedi mercoledì giovedì venerdì sabato domenica',
  numbers: 'uno:1 una:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 otto:8 nove:9 dieci:10 undici:11 dodici:12 venti:20 trenta:30 quaranta:40 cinquanta:50 cento:100 mille:1000 dozzina:12',
  scales: 'mila:1e3 milione:1e6 milioni:1e6 miliardo:1e9 miliardi:1e9 mln:1e6 mld:1e9',
  relDays: 'ieri:-1 oggi:0 domani:1',
  pronouns: 'lui lei',
  placePreps: 'a in da verso',
  abbrev: 'sig dott prof on avv ing ecc es pag nr',
  percent: 'per cento|percento',
  boiler: 'di|foto|credit|leggi anche|ansa|afp|reuters',
};
