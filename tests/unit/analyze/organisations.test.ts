// Organisation recall rules: each one with invented sentences in several languages, and what it must not catch.
import { describe, expect, it } from 'vitest';
import { facts, orgs, people, places } from './facts-of';

describe('well-known organisations need no cue', () => {
  it('news agencies and large companies, in any language', () => {
    expect(orgs(['Three guards were hurt, a witness told Reuters on Monday.'], 'en')).toContain('Reuters');
    expect(orgs(['L’avion, mis à disposition par Airbus, est arrivé mercredi.'], 'fr')).toContain('Airbus');
    expect(orgs(['Los datos fueron publicados ayer en Facebook por la alcaldía.'], 'es')).toContain('Facebook');
  });
});

describe('organisation nouns around a name', () => {
  it('after the name, with one modifier between ("Interfax news agency", "Veltra political faction")', () => {
    const o = orgs(['The launch failed, the Korvex news agency said. Two figures from her Veltra political faction were held.'], 'en');
    expect(o).toEqual(expect.arrayContaining(['Korvex', 'Veltra']));
    // A role between the name and the noun is not a modifier: "the Dunmore spokesman group" is no pattern, "Dunmore campaign team" neither.
    expect(orgs(['Senator Alan Dunmore spoke. The Dunmore campaign team denied it.'], 'en')).not.toContain('Dunmore');
  });
  it('before the name: "ruling Zanu-PF", "la agencia Korvex", "l’agence Korvex", "die Agentur Korvex"', () => {
    expect(orgs(['He rose through the ranks of the ruling Tarvu-PF in two years.'], 'en')).toContain('Tarvu-PF');
    expect(orgs(['Lo confirmó la agencia Korvex el lunes por la tarde.'], 'es')).toContain('Korvex');
    expect(orgs(['L’information a été confirmée par l’agence Korvex lundi soir.'], 'fr')).toContain('Korvex');
  });
  it('an apposition headed by an organisation noun, head last in English and German, first in Romance languages', () => {
    expect(orgs(['“We need answers,” said Solvaris International, a London-based rights group, on Monday.'], 'en')).toContain('Solvaris International');
    expect(orgs(['Le vote aura lieu, selon les dirigeants de Norvane, un parti islamiste.'], 'fr')).toContain('Norvane');
    expect(orgs(['La votación será mañana, dijo ayer Podavia, un partido de izquierda.'], 'es')).toContain('Podavia');
    expect(orgs(['Lo ha detto ieri Telvisa, una società televisiva.'], 'it')).toContain('Telvisa');
    expect(orgs(['Die Piloten streiken. Das sagte Verkal, eine Gewerkschaft mit vielen Mitgliedern.'], 'de')).toContain('Verkal');
    // A role in the apposition makes it a person's: "Smith, a company spokesman".
    const p = facts(['John Smith, a company spokesman, said the plan was dead.'], 'en');
    expect(p.people.map((x) => x.name)).toContain('John Smith');
    expect(p.organisations.map((x) => x.text)).not.toContain('John Smith');
  });
  it('a place noun after a name makes a place, not an organisation ("the Tuva region", "Royal Shrewsbury hospital")', () => {
    const f = facts(['The craft fell over the remote Kelvu region. Eloise was taken to Royal Ashfield hospital; the Kelvu region is poor.'], 'en');
    expect(f.places).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Kelvu' }), expect.objectContaining({ text: 'Royal Ashfield' })]));
    expect(f.organisations.map((o) => o.text)).toEqual([]);
  });
});

describe('employers after a role', () => {
  it('"reporter for", "chercheuse chez", "Sprecherin bei" name the employer; a minister’s portfolio is not one', () => {
    expect(orgs(['Lucas Noll is a reporter for Brightline Tech covering free speech.'], 'en')).toContain('Brightline Tech');
    expect(orgs(['Marie Dupont, chercheuse chez Valtoria, a confirmé la panne.'], 'fr')).toContain('Valtoria');
    expect(orgs(['Anna Schmidt, Sprecherin bei Korrwerk, bestätigte das am Montag.'], 'de')).toContain('Korrwerk');
    expect(orgs(['The Minister for Foreign Affairs spoke first.'], 'en')).toEqual([]);
  });
  it('an organisation’s name after a role is kept ("vice president of the Brookings Institution")', () => {
    expect(orgs(['“It is over,” said Martin Hale, executive vice president of the Harwood Institution.'], 'en')).toContain('Harwood Institution');
    expect(orgs(['Lo dijo Ana Ruiz, directora del Instituto Valdivia, el martes.'], 'es')).toEqual(expect.arrayContaining([expect.stringMatching(/Instituto Valdivia/)]));
  });
});

describe('how organisation names are cut', () => {
  it('a demonym or a role word opens an organisation name ("Palestinian Authority", "U.N. General Assembly")', () => {
    const o = orgs(['Palestinian Authority President Mahmoud Abbas addressed the U.N. General Assembly and the African Union.'], 'en');
    expect(o).toEqual(expect.arrayContaining(['Palestinian Authority', 'U.N. General Assembly', 'African Union']));
  });
  it('a company suffix ends the name; "and" after a complete organisation name starts another', () => {
    expect(orgs(['© Provided by Velton Media Inc Korvex/Zantia Korvex and Zantia shocked the market.'], 'en')).toContain('Velton Media Inc');
    const en = orgs(['Executives from Harlow Corporation and Fenwick met the World Travel and Tourism Council.'], 'en');
    expect(en).toEqual(expect.arrayContaining(['Harlow Corporation', 'Fenwick', 'World Travel and Tourism Council']));
    expect(orgs(['Die Deutsche Bank und Kerrbank verhandeln seit Montag.'], 'de')).toEqual(expect.arrayContaining(['Deutsche Bank', 'Kerrbank']));
    expect(orgs(['La Société Générale et Natavia ont signé, selon un communiqué.'], 'fr')).toEqual(expect.arrayContaining(['Société Générale', 'Natavia']));
  });
  it('an acronym glued to an organisation word stays in its name ("ABC News")', () => {
    expect(orgs(['The story was checked by KXR News and Politicheck.'], 'en')).toEqual(expect.arrayContaining(['KXR News', 'Politicheck']));
  });
  it('particles of Spanish and Italian names join the name', () => {
    expect(orgs(['El Partido de los Trabajadores del Kurdistán respondió ayer.'], 'es')).toContain('Partido de los Trabajadores del Kurdistán');
    expect(orgs(['Il Partito dei Lavoratori ha risposto ieri sera.'], 'it')).toContain('Partito dei Lavoratori');
    expect(orgs(['La Fundación de los Andes y la Casa de las Américas respondieron.'], 'es')).toEqual(expect.arrayContaining(['Fundación de los Andes']));
  });
});

describe('organisation evidence from the whole article', () => {
  it('the first word of a longer organisation or place joins it ("Harwood" → "Harwood University")', () => {
    const o = facts(['Students at Harwood University protested. Harwood said little.'], 'en').organisations;
    expect(o.map((x) => x.text)).toEqual(['Harwood University']);
    expect(o[0]?.aliases).toContain('Harwood');
    const pt = orgs(['O Instituto Vargas divulgou a nota. De acordo com o Instituto, não há provas.'], 'pt');
    expect(pt).toEqual(['Instituto Vargas']);
    const f = facts(['Gunmen stormed the Kelvo National Museum on Wednesday.', 'The Kelvo was closed. Kelvo staff fled.'], 'en');
    expect(f.organisations).toEqual([]);
    expect(f.places.map((p) => p.text)).toEqual(['Kelvo National Museum']);
    // With place cues of its own, the word is a place beside the longer one ("Brooklyn", "Brooklyn Bridge").
    expect(places(['The march started in Marlow and crossed Marlow Bridge.', 'Shops in Marlow closed.'], 'en')).toEqual(['Marlow', 'Marlow Bridge']);
  });
  it('a word of a work’s title is not an organisation ("a Mario game")', () => {
    const o = orgs(['Fans lined up for the game Super Zappo Run. It is a Zappo game with one key difference.', 'You do not control Zappo. Any other Zappo game ends.'], 'en');
    expect(o).not.toContain('Zappo');
    expect(orgs(['Fans lined up for the game Super Zappo Run. It is a Zappo game.', 'Its maker, Zappo, a game company, is hiring.'], 'en')).toContain('Zappo');
  });
  it('a singular article makes a name in -s a club, not a group ("pelo Corinthians", "el Rangers")', () => {
    expect(orgs(['O título foi conquistado pelo Tavarians no domingo. Depois, o Tavarians comemorou.'], 'pt')).toContain('Tavarians');
    expect(orgs(['El partido lo ganó el Glenvers ayer. Después, el Glenvers celebró.'], 'es')).toContain('Glenvers');
    expect(orgs(['Los Glenvers llegaron ayer. Después, los Glenvers celebraron.'], 'es')).not.toContain('Glenvers');
    expect(orgs(['Le match a été gagné par le Glenvers hier. Le Glenvers a fêté.'], 'fr')).toContain('Glenvers');
  });
  it('web addresses and an acronym glued to a word ("CNNMoney") are organisations', () => {
    expect(orgs(['The figures were first published by KTVMoney on Monday.'], 'en')).toContain('KTVMoney');
    expect(orgs(['Les chiffres ont été publiés lundi par RTLInfo.'], 'fr')).toContain('RTLInfo');
    expect(orgs(['Las cifras fueron publicadas el lunes por TVEPlay.'], 'es')).toContain('TVEPlay');
    expect(orgs(['A writer for the fact-checking website Factlens.com posted it.'], 'en')).toContain('Factlens.com');
    expect(orgs(['Powered by Moneywise.com'], 'en')).toContain('Moneywise.com');
    expect(orgs(['Les annonces publiées sur Petitcoin.fr ont doublé.', 'Petitcoin.fr a confirmé.'], 'fr')).toContain('Petitcoin.fr');
  });
  it('an acronym with digits is a model unless a noun says it is an organisation', () => {
    expect(orgs(['Two figures from her G41 political faction were held. The G41 denied it.'], 'en')).toContain('G41');
    expect(orgs(['The A350 landed in Kathmandu. The A350 left later.'], 'en')).not.toContain('A350');
  });
});

describe('short forms in brackets', () => {
  it('a long form after the short one, spelled out by its initials ("Arcep (l’Autorité de régulation …)")', () => {
    const o = facts(['Comme l’a souligné l’Arcep (l’Autorité de régulation des communications électroniques et des postes), le texte est flou.'], 'fr').organisations;
    expect(o.map((x) => x.text)).toEqual(['Autorité de régulation des communications électroniques et des postes']);
    expect(o[0]?.aliases).toContain('Arcep');
  });
  it('a short form of lowercase words is a common noun, not an organisation', () => {
    expect(orgs(['Le texte vise les fournisseurs d’accès à Internet (FAI). Les FAI devront coopérer.'], 'fr')).toEqual([]);
    expect(orgs(['The rule covers internet service providers (ISP). Each ISP must comply, and every ISP agreed.'], 'en')).toEqual([]);
    expect(orgs(['La norma afecta a los proveedores de servicios de internet (PSI). Los PSI deberán cumplir, y cada PSI aceptó.'], 'es')).toEqual([]);
  });
  it('an acronym of another language right after an organisation’s name is its alias ("Estado Islámico (ISIS)")', () => {
    const o = facts(['Las ideas se compararon con las de Estado Islámico (ISIS) de Irak.'], 'es').organisations;
    expect(o.map((x) => x.text)).toEqual(['Estado Islámico']);
    expect(o[0]?.aliases).toContain('ISIS');
    const en = facts(['The rebels of the Kurdistan Workers Party (PKK) attacked a post.'], 'en').organisations;
    expect(en.find((x) => x.aliases.includes('PKK'))?.text).toBe('Kurdistan Workers Party');
    const pt = facts(['O ataque foi atribuído ao Estado Islâmico (ISIS) pela polícia.'], 'pt').organisations;
    expect(pt.find((x) => x.aliases.includes('ISIS'))?.text).toBe('Estado Islâmico');
    // Not after any capitalised run: "Rio de Janeiro (RJ)" names no organisation.
    expect(orgs(['A chuva atingiu o Rio de Janeiro (RJ) ontem.'], 'pt')).toEqual([]);
  });
});

describe('photo credits', () => {
  it('"NAME/AGENCY/Getty Images" in capitals names the photographer and the agencies', () => {
    const f = facts(['Crowds gathered on Sunday in the rain.', 'JIM WALTON/AFP/Getty Images'], 'en');
    expect(f.people.map((p) => p.name)).toContain('Jim Walton');
    expect(f.organisations.map((o) => o.text)).toEqual(expect.arrayContaining(['AFP', 'Getty Images']));
    expect(people(['La foule s’est réunie dimanche.', 'THOMAS COLLET/AFP'], 'fr')).toContain('Thomas Collet');
    expect(orgs(['La multitud se reunió el domingo.', 'MARÍA LÓPEZ/EFE'], 'es')).toContain('EFE');
  });
});

describe('titles', () => {
  it('"President-elect" is a title: the name after it is a person, not an organisation', () => {
    const f = facts(['Critics said President-elect Dawson relied on lies. Dawson supporters were angry, and Dawson replied.'], 'en');
    expect(f.people.map((p) => p.name)).toContain('Dawson');
    expect(f.organisations).toEqual([]);
  });
  it('places stay places', () => {
    expect(places(['The storm hit Nairobi and the Kelvu region on Monday.'], 'en')).toEqual(expect.arrayContaining(['Nairobi', 'Kelvu']));
  });
});
