// Written by `npm run train:spans` (tests/bench/quotes-corpus/train-spans.ts): do not edit by hand.
import type { KindModel } from './quote-kind';

/** Weights in KIND_FEATURES order (L2 0.001); a span scoring above the threshold is a quotation. */
export const QUOTE_KIND: KindModel = { threshold: -0.2, weights: [-3.3, 0.44, 1.27, 0.84, 0.9, -1.01, -1.83, 0.6, 0.35, -0.53, 0.93, 0.59, 1.1, -0.11, -0.41, -1.33, 1.08, 0.47, -0.93, 0.78, 0.28, -0.05, -0.2, -0.09, -0.62, 0.87, 2.13, -0.56, 1.44, 0.87, -0.87, 0.14, -0.27, 0, -0.54, -0.45, -0.3, -0.03, 0.54, 0.35, 0.26, -0.41, -0.71, -0.3, -0.39, 0.63, 0, -0.06, -0.65, -0.11, -0.87, 0.25, 0.29, -0.49, 0.87, 0, -0.47, -0.11] };
