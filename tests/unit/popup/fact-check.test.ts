// The AI summary check: sentences naming people, places or numbers the article never mentions are dropped.
import { describe, expect, it } from 'vitest';
import { aiSentences, checkAgainstArticle, claims } from '../../../src/popup/ai/fact-check';
import { sampleDigest } from './sample';

const ARTICLE = `The Hillcrest City Council voted 7-4 on Tuesday to approve a $4.2 million expansion of the Eastside Branch Library.
Mayor Ana Ruiz said the branch had outgrown its building. About 2,300 residents signed a petition.`;

describe('aiSentences', () => {
  it('splits key points and strips their bullets', () => {
    expect(aiSentences('* The council approved it.\n- It costs money. It starts soon.\n\n1. Last point', 'en')).toEqual([
      'The council approved it.', 'It costs money.', 'It starts soon.', 'Last point',
    ]);
  });
});

describe('claims', () => {
  it('takes capitalised words after the first, and numbers with their separators removed', () => {
    expect(claims('The mayor, Ana Ruiz, counted 2,300 names and 4.2 million dollars.')).toEqual({ names: ['Ana', 'Ruiz'], numbers: ['2300', '42'] });
    expect(claims("Ruiz's plan passed.").names).toEqual([]);
  });
});

describe('checkAgainstArticle', () => {
  it('keeps sentences whose names and numbers are in the article (accents and case aside)', () => {
    const ok = ['The council approved a $4.2 million expansion of the Eastside Branch Library.', 'Mayor Ana Ruiz backed it, and 2300 residents signed.'];
    expect(checkAgainstArticle(ok, ARTICLE)).toEqual(ok);
  });

  it('drops sentences with an invented name or number', () => {
    const out = checkAgainstArticle(
      ['The council approved the expansion.', 'Governor Smith opposed it.', 'The vote was 9-2.', 'It will cost $5 million.'],
      ARTICLE,
    );
    expect(out).toEqual(['The council approved the expansion.']);
  });

  it('accepts the names of a real French article, and rejects one it never mentions', () => {
    const { article } = sampleDigest();
    const people = ['François Hollande', 'Jean-Yves Le Drian', 'Ashton Carter'].filter((n) => article.text.includes(n));
    expect(people.length).toBeGreaterThan(0);
    const kept = checkAgainstArticle([`Selon ${people[0]}, la coalition progresse.`, 'Selon Angela Merkel, la coalition progresse.'], article.text);
    expect(kept).toEqual([`Selon ${people[0]}, la coalition progresse.`]);
    expect(checkAgainstArticle(['Les forces sont à Etat islamique.'], 'L’État islamique recule.')).toHaveLength(1);
  });
});
