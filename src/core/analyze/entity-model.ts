// The entity model: a multinomial logistic regression over a candidate's features (entity-features.ts), "other"
// scoring 0, with one acceptance threshold per kind. Its weights are data fitted by `npm run train:entities` and
// shipped in each language's data file (entityModel: the language's own where dev showed they help, the shared ones
// otherwise), so the engine carries none; a language without them keeps the rules' kinds.
import type { Lang } from './lang/registry';
import type { Kind } from './entity-candidates';
import { FEATURES } from './entity-features';

/** The kinds the model scores against "other". */
export const KINDS = ['person', 'place', 'org'] as const;

/** A fitted model: one threshold per kind (KINDS order), then each kind's weights in FEATURES order. */
export type EntityModel = readonly number[];

/** Probabilities of other, person, place and organisation for one feature vector. */
export function kindProbabilities(model: EntityModel, x: readonly number[]): number[] {
  const scores = [0, ...KINDS.map((_, k) => x.reduce((z, v, i) => z + v * (model[KINDS.length + k * x.length + i] as number), 0))];
  const top = Math.max(...scores);
  const exps = scores.map((z) => Math.exp(z - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / total);
}

/**
 * The likeliest of the three kinds when its probability reaches that kind's threshold, "other" otherwise (a threshold
 * under one half may name a candidate the model finds likelier "other": recall's price, chosen on dev). A candidate the
 * text itself introduces as that kind ("the rescue group Seahelp", "President Obama"; `introduced`, bits of KINDS)
 * needs half the threshold.
 */
export function decideKind(model: EntityModel, x: readonly number[], introduced = 0): Kind {
  const ps = kindProbabilities(model, x);
  let best = 1;
  for (let k = 2; k < ps.length; k++) if ((ps[k] as number) > (ps[best] as number)) best = k;
  return (ps[best] as number) >= (model[best - 1] as number) / ((introduced >> (best - 1)) & 1 ? 2 : 1) ? (KINDS[best - 1] as Kind) : 'other';
}

const fits = (m: EntityModel | null | undefined): m is EntityModel => !!m && m.length === KINDS.length * (1 + FEATURES.length);

/** The weights asked for or the language's; none when they do not fit the features. */
export function entityModel(lang: Lang, asked?: EntityModel): EntityModel | undefined {
  return [asked, lang.entityModel].find(fits);
}
