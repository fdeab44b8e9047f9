// Speaker candidates and their features (attribution-features.ts), and the model that chooses among them.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze/index';
import { FEATURES, type Candidate } from '../../../src/core/analyze/attribution-features';
import { ATTRIBUTION, chooseSpeaker, speakerProbabilities } from '../../../src/core/analyze/attribution-model';
import { registerLang } from '../../../src/core/analyze/index';
import { ALL_LANG_DATA } from '../../../src/core/analyze/lang/all';

/** The candidates of each quotation of a small article, by quotation text. */
function candidatesOf(paragraphs: string[], lang: string): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  analyzeArticle({ paragraphs, lang }, { attribution: ATTRIBUTION, speakerTrace: (q, cands) => out.set(q.text, cands) });
  return out;
}

const feature = (c: Candidate | undefined, name: (typeof FEATURES)[number]): number => c?.features[FEATURES.indexOf(name)] ?? NaN;
const named = (cands: Candidate[] | undefined, name: string): Candidate | undefined => cands?.find((c) => c.entity.name.includes(name));

describe('speaker candidates', () => {
  it('marks the name next to the speech verb and the name inside the quotation (en)', () => {
    const cands = candidatesOf([
      'Senator Mary Lowell visited the plant on Monday.',
      '“Nobody at Acme Corporation listened to us for years,” said John Carver, the union leader, after the meeting.',
    ], 'en').get('Nobody at Acme Corporation listened to us for years,');
    const carver = named(cands, 'Carver');
    expect(carver).toBeDefined();
    expect(feature(carver, 'sameSentence')).toBe(1);
    expect(feature(carver, 'speechNext')).toBe(1);
    expect(feature(carver, 'after')).toBe(1);
    expect(feature(carver, 'hand')).toBe(1);
    const lowell = named(cands, 'Lowell');
    expect(feature(lowell, 'sameSentence')).toBe(0);
    expect(feature(lowell, 'sentenceDistance')).toBeGreaterThan(0);
    const acme = named(cands, 'Acme');
    if (acme) expect(feature(acme, 'onlyInside')).toBe(1);
  });

  it('marks the outlet a speaker talked to as an addressee (en)', () => {
    const cands = candidatesOf([
      'Prime Minister David Hale told Reuters: “We will not raise taxes before the election, whatever happens.”',
    ], 'en').get('We will not raise taxes before the election, whatever happens.');
    expect(feature(named(cands, 'Reuters'), 'addressee')).toBe(1);
    expect(feature(named(cands, 'Hale'), 'addressee')).toBe(0);
    expect(feature(named(cands, 'Hale'), 'subject')).toBe(1);
  });

  it('checks a pronoun’s gender against the people named before (fr)', () => {
    const cands = candidatesOf([
      'Marie Lefèvre a rencontré Pierre Dumont jeudi à Lyon pour parler du budget de la ville.',
      '« Nous ne pouvons pas continuer ainsi, les caisses sont vides », a-t-elle déclaré.',
    ], 'fr').get('Nous ne pouvons pas continuer ainsi, les caisses sont vides');
    expect(feature(named(cands, 'Lefèvre'), 'genderMatch')).toBe(1);
    expect(feature(named(cands, 'Dumont'), 'genderClash')).toBe(1);
  });

  it('offers an unnamed source as the text names it, and what a pronoun and a role noun point back to (en)', () => {
    const cands = candidatesOf([
      'Harbour master Ellen Price closed the port on Monday. The minister for transport, Paul Grant, visited the quay.',
      '“We are still searching the bay for two missing boats,” a coastguard spokesperson said.',
      '“The sea wall held, but only just,” she said.',
    ], 'en');
    const unnamed = cands.get('We are still searching the bay for two missing boats,')?.find((c) => feature(c, 'unnamed') === 1);
    expect(unnamed?.entity.name).toBe('a coastguard spokesperson');
    expect(feature(unnamed, 'definite')).toBe(0);
    expect(feature(unnamed, 'verbLinked')).toBe(1);
    const she = cands.get('The sea wall held, but only just,');
    expect(feature(named(she, 'Price'), 'pronounRef')).toBe(1);
    expect(feature(named(she, 'Grant'), 'pronounRef')).toBe(0);
    const apposed = candidatesOf(['“The sea wall held, but only just,” said Keith Penrose, a coastguard spokesperson.'], 'en').get('The sea wall held, but only just,');
    expect(apposed?.some((c) => feature(c, 'unnamed') === 1)).toBe(false);
  });

  it('takes a speaker named right after the quotation’s verb even when its kind stayed undecided (fr)', () => {
    const cands = candidatesOf(['« Je n’étais pas bien parce que c’est tombé le jour d’avant », confie la Mexicaine Eréndira Sanchez, en regardant sa robe.'], 'fr')
      .get('Je n’étais pas bien parce que c’est tombé le jour d’avant');
    const sanchez = named(cands, 'Sanchez');
    expect(sanchez).toBeDefined();
    expect(feature(sanchez, 'inverted')).toBe(1);
  });

  it('finds the speaker after the quotation (de)', () => {
    const cands = candidatesOf(['„Wir werden die Steuern nicht erhöhen, das verspreche ich“, sagte Angela Merkel am Montag in Berlin.'], 'de')
      .get('Wir werden die Steuern nicht erhöhen, das verspreche ich');
    const merkel = named(cands, 'Merkel');
    expect(feature(merkel, 'speechNext')).toBe(1);
    expect(feature(merkel, 'after')).toBe(1);
    expect(feature(merkel, 'nearest')).toBe(1);
  });
});

describe('speaker model', () => {
  const cand = (name: string, hand: number): Candidate => {
    const features = new Array<number>(FEATURES.length).fill(0);
    features[0] = 1;
    features[FEATURES.indexOf('hand')] = hand;
    return { entity: { key: name, name, kind: 'person', aliases: new Set(), mentions: [], cue: {} as Candidate['entity']['cue'] }, features };
  };
  const weights = FEATURES.map((n) => (n === 'hand' ? 4 : n === 'bias' ? -1 : 0));

  it('gives probabilities that leave room for nobody', () => {
    const ps = speakerProbabilities(weights, [cand('A', 1).features, cand('B', 0).features]);
    expect(ps[0]).toBeGreaterThan(ps[1] as number);
    expect((ps[0] as number) + (ps[1] as number)).toBeLessThan(1);
  });

  it('names the best candidate only above the threshold', () => {
    const cands = [cand('B', 0), cand('A', 1)];
    const sure = chooseSpeaker([0.5, 0.5, 0.5, ...weights], cands);
    expect(sure.candidate?.entity.name).toBe('A');
    const strict = chooseSpeaker([0.99, 0.99, 0.99, ...weights], cands);
    expect(strict.candidate).toBeNull();
    expect(strict.confidence).toBeCloseTo(sure.confidence);
    expect(chooseSpeaker([0.5, 0.5, 0.5, ...weights], []).candidate).toBeNull();
  });

  it('holds a pick the hand rules agree with, disagree with, or made no pick against its own threshold', () => {
    const only = FEATURES.map((n) => (n === 'bias' ? 2 : 0)); // p(A) = p(B) = e²/(1 + 2e²) ≈ 0.47
    const agreeing = [cand('A', 1), cand('B', 0)];
    const other = [cand('A', 0), cand('B', 1)];
    const none = [cand('A', 0), cand('B', 0)];
    // [threshold, when the hand rules agree, when they found nobody]
    expect(chooseSpeaker([0.9, 0.4, 0.9, ...only], agreeing).candidate?.entity.name).toBe('A');
    expect(chooseSpeaker([0.9, 0.4, 0.9, ...only], other).candidate).toBeNull();
    expect(chooseSpeaker([0.4, 0.9, 0.9, ...only], other).candidate?.entity.name).toBe('A');
    expect(chooseSpeaker([0.4, 0.4, 0.9, ...only], none).candidate).toBeNull();
    expect(chooseSpeaker([0.9, 0.9, 0.4, ...only], none).candidate?.entity.name).toBe('A');
  });

  it('ignores a model of the wrong length', () => {
    expect(chooseSpeaker([0.5, 1, 2], [cand('A', 1)]).candidate).toBeNull();
  });
});

describe('engine with a speaker model in the language data', () => {
  const en = ALL_LANG_DATA.find((d) => d.code === 'en');
  const article = ['“We have never seen prices rise this fast in one winter,” said Laura Finch, who runs a bakery in Leeds.'];
  const speakers = (): (string | null)[] => analyzeArticle({ paragraphs: article, lang: 'en' }, { attribution: ATTRIBUTION }).quotes.map((q) => q.speaker);
  /** Weights that only trust the hand rules' pick. */
  const model = (threshold: number): string => [threshold, threshold, threshold, ...FEATURES.map((n) => (n === 'hand' ? 6 : n === 'bias' ? -2 : 0))].join(' ');

  it('names the model’s choice with its probability as the confidence, and nobody above the threshold', () => {
    expect(en).toBeDefined();
    try {
      registerLang({ ...en!, speakerModel: model(0.5) });
      const d = analyzeArticle({ paragraphs: article, lang: 'en' }, { attribution: ATTRIBUTION });
      expect(analyzeArticle({ paragraphs: article, lang: 'en' }).quotes[0]?.confidence).toBe(0.9); // no extractor: hand rules
      expect(d.quotes.map((q) => q.speaker)).toEqual(['Laura Finch']);
      expect(d.quotes[0]?.confidence).toBeGreaterThan(0.9);
      registerLang({ ...en!, speakerModel: model(0.999) });
      expect(speakers()).toEqual([null]);
    } finally {
      registerLang(en!);
    }
    expect(speakers()).toEqual(['Laura Finch']);
  });
});
