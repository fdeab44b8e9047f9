// French word lists for the language engine.
import type { LangData } from './types';

export const fr: LangData = {
  code: 'fr',
  detect: 'le la les de des et est une un du que qui dans pour pas sur au avec il elle sont ce plus par ont été aux d l qu à a nous en',
  stop: 'a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être avoir ai as avons avez ont est sont était étaient sera seront fait faire plus moins très aussi comme ainsi donc car si tout tous toute toutes cela ça ceci celui celle ceux celles dont alors après avant depuis pendant sans sous entre encore déjà leur selon ses contre vers chez peu bien lors quand non oui y a-t-il',
  speech: 'déclaré dit annoncé ajouté indiqué affirmé expliqué souligné estimé précisé assuré lancé confié martelé averti prévenu reconnu rappelé poursuivi conclu jugé insisté appelé écrit tweeté répondu raconté témoigné commenté résumé noté observé confirmé dénoncé regretté déploré fait valoir insiste déclare dit annonce ajoute indique affirme explique souligne estime précise assure lance confie martèle avertit prévient reconnaît rappelle poursuit conclut juge écrit répond raconte témoigne commente résume note observe confirme dénonce regrette déplore tranche ajoutant déclarant expliquant affirmant soulignant estimant précisant assurant déclarait disait ajoutait expliquait affirmait confiait',
  source: "selon|d'après|d’après|pour",
  titles: 'm mme mlle mm dr pr me mgr',
  roles: 'président présidente ministre porte-parole porte secrétaire directeur directrice chef dirigeant dirigeante responsable maire député députée sénateur sénatrice juge procureur avocat avocate professeur entraîneur sélectionneur patron patronne fondateur fondatrice gouverneur commandant général chancelier ambassadeur commissaire rapporteur rapporteure analyste chercheur chercheuse économiste expert experte élu élue président-directeur pdg roi reine pape évêque capitaine joueur joueuse candidat candidate conseiller conseillère délégué déléguée',
  months: 'janvier/janv février/févr/fév mars avril/avr mai juin juillet/juil août septembre/sept octobre/oct novembre/nov décembre/déc',
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  numbers: 'un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13 quatorze:14 quinze:15 seize:16 vingt:20 trente:30 quarante:40 cinquante:50 soixante:60 cent:100 cents:100 mille:1000 douzaine:12 vingtaine:20 centaine:100',
  scales: 'mille:1e3 million:1e6 millions:1e6 milliard:1e9 milliards:1e9 md:1e9 mds:1e9 mln:1e6',
  relDays: "hier:-1 aujourd'hui:0 aujourd’hui:0 demain:1 avant-hier:-2",
  pronouns: 'il elle ils elles',
  placePreps: 'à en au aux vers dans depuis près',
  abbrev: 'm mme mlle mm dr pr me mgr st ste etc av apr j.-c cf p ex no n° vol chap éd janv févr fév avr juil sept oct nov déc',
  percent: 'pour cent|pourcent',
  boiler: 'par|photo|crédit|lire aussi|lire|à lire|voir aussi|publié le|mis à jour|partager|afp|reuters',
};
