// German word lists for the language engine.
import type { LangData } from './types';

export const de: LangData = {
  code: 'de',
  detect: 'der die und das ist nicht ein eine den dem mit sich auf für von zu im auch es sie wird wurde nach bei',
  stop: 'aber als also am an auch auf aus bei bin bis bist da damit dann das dass dem den denen der des dich die dir doch dort du durch ein eine einem einen einer eines er es etwas für gegen hat hatte hatten hier ich ihm ihn ihnen ihr ihre im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können man mehr mein mich mir mit muss nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so soll sollen über um und uns unser unter vom von vor war waren was weil wenn werden wie wieder will wir wird wo zu zum zur zwischen sowie bereits wurde wurden worden haben habe seit diese dieser dieses diesem diesen einer beim zudem seines seiner ihres ihrer unseres eines einem',
  speech: 'sagte sagt sagten sagen erklärte erklärt betonte betont meinte meint fügte ergänzte ergänzt schrieb schreibt berichtete berichtet kündigte warnte warnt kritisierte kritisiert forderte fordert sprach erläuterte erläutert versicherte bestätigte bestätigt antwortete stellte räumte sagt so zitiert teilte',
  source: 'laut|nach angaben von|zufolge|so',
  titles: 'herr frau dr prof',
  roles: 'präsident präsidentin minister ministerin sprecher sprecherin sekretär chef chefin direktor direktorin vorsitzende vorsitzender leiter leiterin bürgermeister bürgermeisterin abgeordnete abgeordneter richter richterin professor professorin trainer kanzler kanzlerin botschafter kommissar geschäftsführer gründer experte expertin analyst manager',
  months: 'januar/jan/jänner februar/feb märz/mär april/apr mai juni/jun juli/jul august/aug september/sept/sep oktober/okt november/nov dezember/dez',
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag',
  numbers: 'ein:1 eine:1 einen:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 zwanzig:20 dreißig:30 vierzig:40 fünfzig:50 hundert:100 tausend:1000 dutzend:12',
  scales: 'tausend:1e3 million:1e6 millionen:1e6 mio:1e6 milliarde:1e9 milliarden:1e9 mrd:1e9',
  relDays: 'gestern:-1 heute:0 morgen:1 vorgestern:-2',
  pronouns: 'er sie',
  placePreps: 'in im nach aus bei von',
  abbrev: 'z.b z d.h u.a bzw ca dr prof nr st evtl ggf inkl usw vgl jan feb mär apr jun jul aug sep sept okt nov dez s o.ä',
  percent: 'prozent',
  boiler: 'von|foto|bild|quelle|mehr zum thema|lesen sie auch|anzeige|dpa|afp|reuters',
};
