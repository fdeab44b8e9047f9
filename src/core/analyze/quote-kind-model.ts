// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.0003); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: -0.25, weights: [-3.23, 0.38, 1.33, 0.95, 0.97, -1.33, -2.09, 0.34, 0.42, -0.63, 1.36, 0.71, 1.5, -0.41, -0.51, -2.15, 1.45, 0.71, -1.47, 0.57, 0.25, -0.55, -0.26, -0.26, -0.73, 1.95, 2.81, -0.77, 1.48] };
